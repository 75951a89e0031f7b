using System.Reflection;
using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary><c>/openapi.json</c>, read back with Microsoft.OpenApi's own reader and validator.</summary>
[Collection(EventsApiCollectionDefinition.Name)]
public sealed class OpenApiDocumentTests(EventsApiFixture api)
{
    private static readonly FunctionManifest Manifest = FunctionManifest.Load(Assembly.Load(new AssemblyName("EventFunctions")));

    [Fact]
    public async Task OpenApiJson_Served_IsValidOpenApi31()
    {
        using var response = await api.Client.GetAsync("/openapi.json");
        var json = await response.Content.ReadAsStringAsync();

        var (document, diagnostic) = OpenApiDocument.Parse(json, "json");

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(document);
        Assert.Empty(diagnostic?.Errors ?? []);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic?.SpecificationVersion);
        Assert.Empty(document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? []);
    }

    [Fact]
    public async Task OpenApiJson_EveryManifestFunction_IsAnOperationNamedAfterIt()
    {
        var document = await ReadAsync();

        foreach (var function in Manifest.Functions)
        {
            var operation = Operation(document, function.Path, function.HttpMethod);
            Assert.Equal(function.Name, operation.OperationId);
            Assert.Equal(function.Summary, operation.Summary);
        }

        Assert.Equal(Manifest.Functions.Count, document.Paths.Values.Sum(p => p.Operations?.Count ?? 0));
    }

    [Fact]
    public async Task OpenApiJson_Parameters_CarryTypesEnumsAndRules()
    {
        var document = await ReadAsync();

        var list = Operation(document, "/events", "GET").Parameters!;
        Assert.Equal("date", Parameter(list, "from").Schema!.Format);
        var limit = Parameter(list, "limit").Schema!;
        Assert.Equal(JsonSchemaType.Integer, limit.Type);
        Assert.Equal(("1", "1000"), (limit.Minimum, limit.Maximum));
        var eventId = Parameter(Operation(document, "/events/{eventId}", "GET").Parameters!, "eventId");
        Assert.Equal(ParameterLocation.Path, eventId.In);
        Assert.True(eventId.Required);
        Assert.Equal("^[A-Za-z0-9._~-]+$", eventId.Schema!.Pattern);
        Assert.Equal(ParameterLocation.Header, Parameter(Operation(document, "/events/{eventId}", "PUT").Parameters!, "If-Match").In);
    }

    [Theory]
    [InlineData("/events", "GET", "200", "Link")]
    [InlineData("/events", "POST", "201", "Location")]
    [InlineData("/events", "POST", "201", "ETag")]
    [InlineData("/events/{eventId}", "GET", "200", "ETag")]
    [InlineData("/events/{eventId}", "PUT", "200", "ETag")]
    [InlineData("/events/{eventId}", "DELETE", "503", "Retry-After")]
    public async Task OpenApiJson_Response_DocumentsItsHeader(string path, string method, string status, string header)
    {
        var document = await ReadAsync();

        Assert.Contains(header, Operation(document, path, method).Responses![status].Headers!.Keys);
    }

    [Theory]
    [InlineData("/events", "GET", new[] { "200", "400", "422", "500", "503" })]
    [InlineData("/events", "POST", new[] { "201", "400", "409", "413", "415", "422", "500", "503" })]
    [InlineData("/events/{eventId}", "GET", new[] { "200", "404", "500", "503" })]
    [InlineData("/events/{eventId}", "PUT", new[] { "200", "400", "404", "409", "412", "413", "415", "422", "500", "503" })]
    [InlineData("/events/{eventId}", "DELETE", new[] { "204", "400", "404", "409", "412", "422", "500", "503" })]
    public async Task OpenApiJson_Operation_ListsTheContractStatusesWithProblemJsonErrors(string path, string method, string[] statuses)
    {
        var document = await ReadAsync();

        var responses = Operation(document, path, method).Responses!;
        Assert.Equal(statuses.Order(StringComparer.Ordinal), responses.Keys.Order(StringComparer.Ordinal));
        foreach (var (status, response) in responses.Where(r => r.Key[0] is '4' or '5'))
        {
            Assert.True(response.Content!.ContainsKey("application/problem+json"), $"{method} {path} {status}");
        }
    }

    [Fact]
    public async Task OpenApiJson_EventSchema_CarriesTheContractRules()
    {
        var document = await ReadAsync();

        var properties = document.Components!.Schemas!["Event"].Properties!;
        Assert.Equal((1, 200, @"\S"), (properties["title"].MinLength, properties["title"].MaxLength, properties["title"].Pattern));
        Assert.Equal(1000, properties["description"].MaxLength);
        Assert.Equal(100, properties["eventId"].MaxLength);
        Assert.Equal(("1", "1000000"), (properties["capacity"].Minimum, properties["capacity"].Maximum));
        Assert.Equal("date", properties["date"].Format);
        Assert.True(properties["createdAt"].ReadOnly);
        Assert.Equal("date-time", properties["updatedAt"].Format);
        Assert.True(properties["version"].ReadOnly);
    }

    [Fact]
    public async Task OpenApiJson_StatusQueryParameter_EnumeratesExactlyTheStatusNames()
    {
        var document = await ReadAsync();

        var status = Parameter(Operation(document, "/events", "GET").Parameters!, "status");

        Assert.Equal(EventStatusNames.All, status.Schema!.Enum!.Select(v => v.GetValue<string>()));
    }

    [Theory]
    [InlineData("Event")]
    [InlineData("NewEvent")]
    [InlineData("EventChanges")]
    public async Task OpenApiJson_StatusBodyField_EnumeratesExactlyTheStatusNames(string schema)
    {
        var document = await ReadAsync();

        var status = document.Components!.Schemas![schema].Properties!["status"];

        Assert.Equal(EventStatusNames.All, status.Enum!.Select(v => v.GetValue<string>()));
    }

    [Fact]
    public async Task OpenApiJson_RequestBodies_RejectUnknownAndServerSetFields()
    {
        var document = await ReadAsync();
        var schemas = document.Components!.Schemas!;

        var create = schemas["NewEvent"];
        Assert.False(create.AdditionalPropertiesAllowed);
        Assert.Equal(["capacity", "date", "description", "location", "organizer", "title"], create.Required!.Order(StringComparer.Ordinal));
        Assert.DoesNotContain("version", create.Properties!.Keys);
        var update = schemas["EventChanges"];
        Assert.Equal(1, update.MinProperties);
        Assert.DoesNotContain("eventId", update.Properties!.Keys);
        Assert.Equal("NewEvent", ((OpenApiSchemaReference)Operation(document, "/events", "POST").RequestBody!.Content!["application/json"].Schema!).Reference.Id);
    }

    [Fact]
    public async Task OpenApiJson_Responses_AreTheOnesEachFunctionDeclares()
    {
        var document = await ReadAsync();

        foreach (var function in Manifest.Functions)
        {
            var declared = function.Responses.Where(r => !r.DirectInvocationOnly).Select(r => r.Status.ToString(System.Globalization.CultureInfo.InvariantCulture)).Distinct();
            Assert.Equal(declared.Order(StringComparer.Ordinal), Operation(document, function.Path, function.HttpMethod).Responses!.Keys.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public async Task OpenApiJson_StatusDeclaredByFunctionAndHandler_ListsBothMeanings()
    {
        var document = await ReadAsync();

        var badRequest = Operation(document, "/events/{eventId}", "PUT").Responses!["400"].Description!;

        Assert.Contains("If-Match must be a single strong entity tag", badRequest, StringComparison.Ordinal);
        Assert.Contains("not valid JSON", badRequest, StringComparison.Ordinal);
    }

    /// <summary>
    /// Swagger UI fills each example in for Try it out. Two have none on purpose, because each value identifies one
    /// request: a nextToken belongs to one query (an example would turn the list call into a 400), and a fixed
    /// Idempotency-Key would replay the first Try it out of every caller.
    /// </summary>
    [Fact]
    public async Task OpenApiJson_EveryParameterButNextTokenAndIdempotencyKey_CarriesAnExample()
    {
        var document = await ReadAsync();
        string[] withoutExample = ["nextToken", "Idempotency-Key"];

        var parameters = document.Paths.Values.SelectMany(p => p.Operations!.Values).SelectMany(o => o.Parameters ?? []).ToList();

        Assert.All(parameters.Where(p => !withoutExample.Contains(p.Name)), p => Assert.NotNull(p.Example));
        Assert.All(parameters.Where(p => withoutExample.Contains(p.Name)), p => Assert.Null(p.Example));
    }

    [Theory]
    [InlineData("/events", "POST", "\"date\":\"2024-12-15\"")]
    [InlineData("/events/{eventId}", "PUT", "\"capacity\":600")]
    public async Task OpenApiJson_RequestBody_CarriesTheReadmeWalkthroughsExample(string path, string method, string fragment)
    {
        var document = await ReadAsync();

        var example = Operation(document, path, method).RequestBody!.Content!["application/json"].Example!.ToJsonString();

        Assert.Contains(fragment, example, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/events", "POST", "201")]
    [InlineData("/events/{eventId}", "PUT", "200")]
    [InlineData("/events/{eventId}", "DELETE", "204")]
    public async Task OpenApiJson_EveryWrite_DocumentsIdempotencyKeyAndTheReplayHeader(string path, string method, string success)
    {
        var document = await ReadAsync();
        var operation = Operation(document, path, method);

        var key = Parameter(operation.Parameters!, "Idempotency-Key");

        Assert.Equal((ParameterLocation.Header, false), (key.In, key.Required));
        Assert.Contains("Idempotent-Replayed", operation.Responses![success].Headers!.Keys);
        Assert.Contains("Retry-After", operation.Responses!["409"].Headers!.Keys);
    }

    [Theory]
    [InlineData("/events", "GET")]
    [InlineData("/events/{eventId}", "GET")]
    public async Task OpenApiJson_Reads_HaveNoIdempotencyKey(string path, string method)
    {
        var document = await ReadAsync();

        Assert.DoesNotContain(Operation(document, path, method).Parameters ?? [], p => p.Name == "Idempotency-Key");
    }

    [Fact]
    public async Task OpenApiJson_Server_IsRelativeToWhereTheDocumentIsServed()
    {
        var document = await ReadAsync();

        Assert.Equal("./", Assert.Single(document.Servers!).Url);
    }

    private async Task<OpenApiDocument> ReadAsync()
    {
        var (document, _) = OpenApiDocument.Parse(await api.Client.GetStringAsync("/openapi.json"), "json");
        return document ?? throw new Xunit.Sdk.XunitException("/openapi.json did not parse.");
    }

    private static OpenApiOperation Operation(OpenApiDocument document, string path, string method) =>
        document.Paths[path].Operations![new HttpMethod(method)];

    private static IOpenApiParameter Parameter(IEnumerable<IOpenApiParameter> parameters, string name) =>
        Assert.Single(parameters, p => p.Name == name);
}

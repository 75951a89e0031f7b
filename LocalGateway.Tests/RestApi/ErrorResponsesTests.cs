using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

/// <summary>Every error class of the contract, through the gateway: status, content type and problem body.</summary>
public abstract class ErrorResponsesTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task CreateEvent_MalformedJson_Returns400Problem()
    {
        using var response = await client.PostAsync("/events", TestEvents.Json("{\"title\": "));

        var problem = await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains("not valid JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetEvent_UnknownId_Returns404Problem()
    {
        using var response = await client.GetAsync($"/events/{TestEvents.UniqueId()}");

        await Problems.AssertAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task CreateEvent_ExistingId_Returns409Problem()
    {
        var id = await TestEvents.CreateExistingAsync(client);

        using var response = await TestEvents.CreateAsync(client, TestEvents.NewEvent(id));

        await Problems.AssertAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task UpdateEvent_StaleIfMatch_Returns412Problem()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/events/{id}")
        {
            Content = TestEvents.Json("{\"capacity\": 10}"),
        };
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"7\""));

        using var response = await client.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task DeleteEvent_StaleIfMatch_Returns412Problem()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/events/{id}");
        request.Headers.IfMatch.Add(new EntityTagHeaderValue("\"2\""));

        using var response = await client.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task CreateEvent_BodyOver64KiB_Returns413Problem()
    {
        var body = TestEvents.NewEvent();
        body["description"] = new string('x', 70 * 1024);

        using var response = await TestEvents.CreateAsync(client, body);

        await Problems.AssertAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task CreateEvent_TextPlainBody_Returns415Problem()
    {
        using var content = new StringContent(TestEvents.NewEvent().ToJsonString(), Encoding.UTF8, "text/plain");

        using var response = await client.PostAsync("/events", content);

        await Problems.AssertAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task CreateEvent_InvalidFields_Returns422ProblemNamingEachField()
    {
        var body = TestEvents.NewEvent();
        body["capacity"] = 0;
        body["date"] = "2024-02-30";
        body["colour"] = "red";

        using var response = await TestEvents.CreateAsync(client, body);

        var problem = await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        Assert.Equal("must be between 1 and 1000000", errors.GetProperty("capacity")[0].GetString());
        Assert.True(errors.TryGetProperty("date", out _));
        Assert.True(errors.TryGetProperty("colour", out _));
    }

    [Fact]
    public async Task ListEvents_LimitOutOfRange_Returns422ProblemNamingLimit()
    {
        using var response = await client.GetAsync("/events?limit=0");

        var problem = await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
        Assert.True(problem.GetProperty("errors").TryGetProperty("limit", out _));
    }

    [Fact]
    public async Task ListEvents_MalformedNextToken_Returns400Problem()
    {
        using var response = await client.GetAsync("/events?nextToken=not-a-token");

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task UpdateEvent_MalformedIfMatch_Returns400Problem()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/events/{id}") { Content = TestEvents.Json("{\"capacity\": 10}") };
        request.Headers.TryAddWithoutValidation("If-Match", "version-one");

        using var response = await client.SendAsync(request);

        await Problems.AssertAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task CreateEvent_NotAnObject_Returns422Problem()
    {
        using var response = await client.PostAsync("/events", TestEvents.Json(new JsonArray(1, 2).ToJsonString()));

        await Problems.AssertAsync(response, HttpStatusCode.UnprocessableEntity);
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class ErrorResponsesExecutableTests(EventsApiFixture api) : ErrorResponsesTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class ErrorResponsesAotTests(AotEventsApiFixture api) : ErrorResponsesTests(api);

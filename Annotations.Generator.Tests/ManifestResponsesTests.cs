using EventFunctions.Annotations.Generator.Tests.Infrastructure;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>
/// What the manifest says a function answers: its <c>[HttpResponse]</c>s, the assembly's, and the generated handler's
/// own; and the documentation of its parameters and body.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ManifestResponsesTests
{
    private const string Problem = "EventFunctions.Annotations.APIGateway.ProblemDetails";

    private static FunctionDescriptor Function(string members, string assembly = "") =>
        Assert.Single(FunctionManifest.Load(GeneratorHarness.CompileAndLoad(SampleSources.Usings + $$"""
            {{assembly}}

            namespace Sample;

            public sealed record Item(string Id);

            public sealed class Functions
            {
            {{members}}
            }
            """)).Functions);

    [Fact]
    public void DeclaredResponse_IsListedWithItsBodyTypeAndHeaders()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{id}")]
            [HttpResponse(200, "The item.", Body = typeof(Item), Headers = new[] { "ETag" })]
            public IHttpResult Get([FromRoute] string id) => HttpResults.Ok();
            """);

        var ok = function.Responses.Single(r => r.Status == 200);

        Assert.Equal(("The item.", "Sample.Item", false, "function"), (ok.Description, ok.Body, ok.BodyIsArray, ok.DeclaredBy));
        Assert.Equal(["ETag"], ok.Headers);
    }

    [Fact]
    public void ArrayBody_IsItsElementTypeMarkedAsArray()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            [HttpResponse(200, "The items.", Body = typeof(Item[]))]
            public IHttpResult List() => HttpResults.Ok();
            """);

        var ok = function.Responses.Single(r => r.Status == 200);

        Assert.Equal(("Sample.Item", true), (ok.Body, ok.BodyIsArray));
    }

    [Fact]
    public void ErrorStatus_HasAProblemDetailsBody()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{id}")]
            [HttpResponse(404, "No such item.")]
            public IHttpResult Get([FromRoute] string id) => HttpResults.NotFound();
            """);

        Assert.Equal(Problem, function.Responses.Single(r => r.Status == 404).Body);
    }

    [Fact]
    public void AssemblyResponse_IsEveryFunctionsUnlessItDeclaresTheStatus()
    {
        const string Assembly = """[assembly: HttpResponse(503, "Down for everyone.")]""";
        var inherited = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            public IHttpResult List() => HttpResults.Ok();
            """, Assembly);
        var own = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            [HttpResponse(503, "Down for this one.")]
            public IHttpResult List() => HttpResults.Ok();
            """, Assembly);

        Assert.Equal(("Down for everyone.", "assembly"), inherited.Responses.Where(r => r.Status == 503).Select(r => (r.Description, r.DeclaredBy)).Single());
        Assert.Equal(("Down for this one.", "function"), own.Responses.Where(r => r.Status == 503).Select(r => (r.Description, r.DeclaredBy)).Single());
    }

    [Fact]
    public void BodyParameter_AddsTheHandlersOwn400_413_415_500()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
            [HttpResponse(201, "Created.")]
            public IHttpResult Create([FromBody(MaxBytes = 1024)] JsonElement body) => HttpResults.Created();
            """);

        var handler = function.Responses.Where(r => r is { DeclaredBy: "handler", DirectInvocationOnly: false }).ToList();

        Assert.Equal([400, 413, 415, 500], handler.Select(r => r.Status));
        Assert.Equal("The body is over 1024 bytes.", handler.Single(r => r.Status == 413).Description);
        Assert.All(handler, r => Assert.Equal(Problem, r.Body));
    }

    [Fact]
    public void TypedQueryParameter_AddsTheHandlersOwn422()
    {
        var typed = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            public IHttpResult List([FromQuery] int? limit) => HttpResults.Ok();
            """);
        var text = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            public IHttpResult List([FromQuery] string? name) => HttpResults.Ok();
            """);

        Assert.Contains(typed.Responses, r => r is { Status: 422, DeclaredBy: "handler" });
        Assert.DoesNotContain(text.Responses, r => r.Status == 422);
    }

    [Fact]
    public void SameStatusFromFunctionAndHandler_IsListedOncePerSourceFunctionFirst()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Put, "/items/{id}")]
            [HttpResponse(400, "The If-Match header is malformed.")]
            public IHttpResult Put([FromRoute] string id, [FromBody] JsonElement body) => HttpResults.Ok();
            """);

        Assert.Equal(["function", "handler"], function.Responses.Where(r => r is { Status: 400, DirectInvocationOnly: false }).Select(r => r.DeclaredBy));
    }

    [Fact]
    public void Responses_AreInStatusOrder()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{id}")]
            [HttpResponse(404, "No such item.")]
            [HttpResponse(200, "The item.")]
            public IHttpResult Get([FromRoute] string id) => HttpResults.Ok();
            """);

        var statuses = function.Responses.Select(r => r.Status).ToList();
        Assert.Equal(statuses.Order(), statuses);
        Assert.Equal([200, 404, 500], statuses.Where(s => s is 200 or 404 or 500));
    }

    [Fact]
    public void HandMadeEventAnswers_AreMarkedDirectInvocationOnly()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{id}")]
            public IHttpResult Get([FromRoute] string id) => HttpResults.Ok();
            """);

        var direct = function.Responses.Where(r => r.DirectInvocationOnly).Select(r => (r.Status, r.DeclaredBy)).ToList();

        Assert.Equal([(400, "handler"), (422, "handler")], direct);
    }

    [Fact]
    public void ParameterDocumentationAndExample_ComeFromParamTagAndBindingAttribute()
    {
        var function = Function("""
            /// <summary>Lists items.</summary>
            /// <param name="since">Only items changed on or after this <c>date</c>.</param>
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            public IHttpResult List([FromQuery(Example = "2024-01-01")] DateOnly? since) => HttpResults.Ok();
            """);

        var since = Assert.Single(function.Parameters);

        Assert.Equal(("Only items changed on or after this date.", "2024-01-01"), (since.Description, since.Example));
    }

    [Fact]
    public void RawJsonBody_IsDocumentedAsItsSchemaType()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
            public IHttpResult Create([FromBody(Schema = typeof(Item))] JsonElement body) => HttpResults.Created();
            """);

        Assert.Equal(("System.Text.Json.JsonElement", "Sample.Item"), (function.Body!.Type, function.Body.Schema));
    }

    [Fact]
    public void IdempotentFunction_DocumentsTheKeyHeaderAndItsAnswers()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
            [EventFunctions.Annotations.Idempotency.Idempotent]
            [HttpResponse(201, "Created.")]
            public IHttpResult Create([FromBody] JsonElement body) => HttpResults.Created();
            """);

        var key = Assert.Single(function.Parameters);
        Assert.True(function.Idempotent);
        Assert.Equal(("Idempotency-Key", "header", false), (key.Name, key.In, key.Required));
        Assert.Equal(EventFunctions.Annotations.Idempotency.IdempotencyTexts.KeyDescription, key.Description);
        Assert.Contains(function.Responses, r => r is { Status: 409, DeclaredBy: "handler" } && r.Headers.Contains("Retry-After"));
        Assert.Contains(function.Responses, r => r is { Status: 422, DeclaredBy: "handler" } && r.Description == EventFunctions.Annotations.Idempotency.IdempotencyTexts.Mismatch);
        Assert.Contains(function.Responses, r => r is { Status: 400, DeclaredBy: "handler" } && r.Description == EventFunctions.Annotations.Idempotency.IdempotencyTexts.MalformedKey);
        Assert.Contains("Idempotent-Replayed", function.Responses.Single(r => r.Status == 201).Headers);
    }

    [Fact]
    public void FunctionWithoutIdempotent_HasNoKeyHeader()
    {
        var function = Function("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
            public IHttpResult Create([FromBody] JsonElement body) => HttpResults.Created();
            """);

        Assert.False(function.Idempotent);
        Assert.Empty(function.Parameters);
        Assert.DoesNotContain(function.Responses, r => r.Status == 409);
    }
}

using EventFunctions.Annotations.Generator.Tests.Infrastructure;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>Every misuse of the annotations is a compile error with a message that says what to fix.</summary>
[Trait("Category", "Unit")]
public sealed class GeneratorDiagnosticsTests
{
    private static string Functions(string members, string extra = "") => SampleSources.Usings + $$"""
        namespace Sample;

        {{extra}}

        public sealed class Functions
        {
        {{members}}
        }
        """;

    private static void AssertSingleError(string source, string id, string messageFragment)
    {
        var run = GeneratorHarness.Run(source);

        var diagnostic = Assert.Single(run.Diagnostics, d => d.Id.StartsWith("EFA", StringComparison.Ordinal));
        Assert.Equal(id, diagnostic.Id);
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(messageFragment, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void TemplateParameterWithoutFromRouteParameter_IsEFA001()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{itemId}")]
                public IHttpResult Get() => HttpResults.Ok();
                """),
            "EFA001",
            "names '{itemId}' but method 'Get' has no [FromRoute] parameter");
    }

    [Fact]
    public void FromRouteParameterMissingFromTemplate_IsEFA002()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult Get([FromRoute] string itemId) => HttpResults.Ok();
                """),
            "EFA002",
            "route template '/items' has no '{itemId}'");
    }

    [Fact]
    public void TwoFunctionsOnOneRoute_IsEFA003()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult First() => HttpResults.Ok();

                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult Second() => HttpResults.Ok();
                """),
            "EFA003",
            "are both on GET /items");
    }

    [Fact]
    public void UnsupportedQueryType_IsEFA004()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List([FromQuery] System.Uri next) => HttpResults.Ok();
                """),
            "EFA004",
            "cannot be bound from the query string");
    }

    [Fact]
    public void ArrayFromRoute_IsEFA004()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{ids}")]
                public IHttpResult Get([FromRoute] int[] ids) => HttpResults.Ok();
                """),
            "EFA004",
            "cannot be bound from the route");
    }

    [Fact]
    public void NonNullableCaller_IsEFA004()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
                public IHttpResult Create([FromCaller] Caller caller) => HttpResults.Ok();
                """),
            "EFA004",
            "cannot be bound from the caller");
    }

    [Fact]
    public void CallerAsString_IsEFA004()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
                public IHttpResult Create([FromCaller] string? caller) => HttpResults.Ok();
                """),
            "EFA004",
            "supported: Caller?");
    }

    [Fact]
    public void ParameterWithoutBindingAttribute_IsEFA005()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List(int limit) => HttpResults.Ok();
                """),
            "EFA005",
            "Parameter 'limit' needs one of [FromRoute]");
    }

    [Fact]
    public void ReturnTypeThatIsNotAnHttpResult_IsEFA006()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public string List() => "items";
                """),
            "EFA006",
            "Method 'List' returns 'string'");
    }

    [Fact]
    public void TwoBodies_IsEFA007()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
                public IHttpResult Create([FromBody] JsonElement first, [FromBody] JsonElement second) => HttpResults.Ok();
                """),
            "EFA007",
            "more than one [FromBody] parameter");
    }

    [Fact]
    public void FunctionWithoutRestApi_IsEFA008()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction]
                public IHttpResult Orphan() => HttpResults.Ok();
                """),
            "EFA008",
            "without [RestApi]");
    }

    [Fact]
    public void TwoFunctionsWithOneResourceName_IsEFA009()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction(ResourceName = "Items"), RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List() => HttpResults.Ok();

                [LambdaFunction(ResourceName = "Items"), RestApi(LambdaHttpMethod.Post, "/items")]
                public IHttpResult Create() => HttpResults.Ok();
                """),
            "EFA009",
            "Resource name 'Items' is used by both 'List' and 'Create'");
    }

    [Theory]
    [InlineData("items", "must start with '/'")]
    [InlineData("/items/", "must not end with '/'")]
    [InlineData("/items/{id", "must be a whole '{name}'")]
    [InlineData("/items/x{id}", "mixes text and braces")]
    [InlineData("/items//x", "empty segment")]
    [InlineData("/items/{1id}", "is not a valid parameter name")]
    public void MalformedTemplate_IsEFA010(string template, string reason)
    {
        AssertSingleError(
            Functions($$"""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "{{template}}")]
                public IHttpResult Get() => HttpResults.Ok();
                """),
            "EFA010",
            reason);
    }

    [Fact]
    public void TypedBodyWithoutSerializerContext_IsEFA011()
    {
        AssertSingleError(
            Functions(
                """
                [LambdaFunction, RestApi(LambdaHttpMethod.Post, "/items")]
                public IHttpResult Create([FromBody] Item item) => HttpResults.Ok();
                """,
                "public sealed record Item(string Name);"),
            "EFA011",
            "declares no [assembly: LambdaJsonSerializerContext");
    }

    [Fact]
    public void NonPublicFunction_IsEFA012()
    {
        AssertSingleError(
            Functions("""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                internal IHttpResult List() => HttpResults.Ok();
                """),
            "EFA012",
            "it must be public");
    }

    [Fact]
    public void StartupThatProvidesNoServices_IsEFA013()
    {
        AssertSingleError(
            Functions(
                """
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List() => HttpResults.Ok();
                """,
                "[LambdaStartup] public sealed class Startup { }"),
            "EFA013",
            "exactly one of public void ConfigureServices(IServiceCollection services) and public IServiceProvider CreateServiceProvider()");
    }

    [Fact]
    public void StartupWithBothWaysToProvideServices_IsEFA013()
    {
        AssertSingleError(
            Functions(
                """
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List() => HttpResults.Ok();
                """,
                """
                [LambdaStartup]
                public sealed class Startup
                {
                    public void ConfigureServices(IServiceCollection services) { }

                    public IServiceProvider CreateServiceProvider() => new ServiceCollection().BuildServiceProvider();
                }
                """),
            "EFA013",
            "exactly one of");
    }

    [Theory]
    [InlineData("MemorySize = 64", "MemorySize 64 must be between 128 and 10240 MB")]
    [InlineData("Timeout = 901", "Timeout 901 must be between 1 and 900 seconds")]
    [InlineData("ResourceName = \"get-items\"", "must be 1-64 letters and digits")]
    [InlineData("DynamoDbActions = new[] { \"s3:GetObject\" }", "'s3:GetObject' is not a DynamoDB action")]
    public void InvalidFunctionSettings_AreEFA014(string setting, string reason)
    {
        AssertSingleError(
            Functions($$"""
                [LambdaFunction({{setting}}), RestApi(LambdaHttpMethod.Get, "/items")]
                public IHttpResult List() => HttpResults.Ok();
                """),
            "EFA014",
            reason);
    }

    [Fact]
    public void FunctionWithAnError_GetsNoHandlerButTheOthersDo()
    {
        var run = GeneratorHarness.Run(Functions("""
            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
            public IHttpResult List() => HttpResults.Ok();

            [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items/{id}")]
            public IHttpResult Get() => HttpResults.Ok();
            """));

        var generated = run.Output.SyntaxTrees.Select(t => Path.GetFileName(t.FilePath)).ToList();
        Assert.Contains("Sample.Functions_List_Generated.g.cs", generated);
        Assert.DoesNotContain("Sample.Functions_Get_Generated.g.cs", generated);
    }

    [Theory]
    [InlineData("[HttpResponse(99, \"Odd.\")]", "99", "the status must be between 200 and 599")]
    [InlineData("[HttpResponse(404, \"Gone.\", Body = typeof(string))]", "404", "a 4xx or 5xx body is always a ProblemDetails")]
    [InlineData("[HttpResponse(204, \"Empty.\", Body = typeof(string))]", "204", "a 204 has no body")]
    [InlineData("[HttpResponse(200, \" \")]", "200", "the description must say when it is given")]
    [InlineData("[HttpResponse(200, \"Found.\", Headers = new[] { \"\" })]", "200", "a header name is empty")]
    [InlineData("[HttpResponse(200, \"Found.\")][HttpResponse(200, \"Also found.\")]", "200", "List already declares 200")]
    public void InvalidHttpResponse_IsEFA016(string declaration, string status, string reason)
    {
        AssertSingleError(
            Functions($$"""
                [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                {{declaration}}
                public IHttpResult List() => HttpResults.Ok();
                """),
            "EFA016",
            $"[HttpResponse({status})] on 'List' is invalid: {reason}");
    }

    [Fact]
    public void InvalidAssemblyHttpResponse_IsEFA016()
    {
        AssertSingleError(
            SampleSources.Usings + """
                [assembly: HttpResponse(503, "Down.", Body = typeof(string))]

                namespace Sample;

                public sealed class Functions
                {
                    [LambdaFunction, RestApi(LambdaHttpMethod.Get, "/items")]
                    public IHttpResult List() => HttpResults.Ok();
                }
                """,
            "EFA016",
            "[HttpResponse(503)] on 'the assembly' is invalid: a 4xx or 5xx body is always a ProblemDetails");
    }
}

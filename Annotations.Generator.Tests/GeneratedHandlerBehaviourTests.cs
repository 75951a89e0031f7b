using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.Generator.Tests.Infrastructure;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>A sample compiled through the generator, invoked with REST proxy events.</summary>
[Trait("Category", "Unit")]
public sealed class GeneratedHandlerBehaviourTests(SampleFunctionsFixture sample) : IClassFixture<SampleFunctionsFixture>
{
    private static ProxyEvent GetGreeting(string id, Dictionary<string, string[]>? query = null) => new()
    {
        HttpMethod = "GET",
        Resource = "/greetings/{id}",
        Path = "/greetings/" + id,
        PathParameters = new() { ["id"] = id },
        Query = query ?? [],
    };

    private static ProxyEvent PostGreeting(string? body, string? contentType = "application/json", bool base64 = false) => new()
    {
        HttpMethod = "POST",
        Resource = "/greetings",
        Path = "/greetings",
        Headers = contentType is null ? [] : new() { ["Content-Type"] = contentType },
        Body = body,
        IsBase64Encoded = base64,
    };

    private static ProxyEvent PutGreeting(string body) => new()
    {
        HttpMethod = "PUT",
        Resource = "/greetings/{id}",
        Path = "/greetings/3",
        PathParameters = new() { ["id"] = "3" },
        Headers = new() { ["Content-Type"] = "application/json" },
        Body = body,
    };

    private static ProxyEvent FailGreeting(string requestId) => new()
    {
        HttpMethod = "DELETE",
        Resource = "/greetings/{id}",
        Path = "/greetings/1",
        PathParameters = new() { ["id"] = "1" },
        RequestId = requestId,
    };

    [Fact]
    public async Task ValidRouteValue_Returns200WithTheMethodsResultAsJson()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7", new() { ["name"] = ["Ada"] }));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal("application/json; charset=utf-8", response.Headers["Content-Type"]);
        Assert.Equal(7, response.Json.GetProperty("id").GetInt32());
        Assert.Equal("Hello, Ada", response.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task OmittedOptionalQuery_UsesTheParametersDefault()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7"));

        Assert.Equal("Hello, world", response.Json.GetProperty("text").GetString());
        Assert.Equal(1, response.Json.GetProperty("times").GetInt32());
    }

    [Fact]
    public async Task RouteValueThatDoesNotConvert_Returns422NamingTheParameter()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("seven"));

        Assert.Equal(422, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Headers["Content-Type"]);
        Assert.Equal("must be an integer", response.Json.GetProperty("errors").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task MissingRouteValue_Returns422SayingItIsRequired()
    {
        var proxyEvent = GetGreeting("7");
        proxyEvent.PathParameters.Clear();

        var response = await sample.InvokeAsync("GetGreeting", proxyEvent);

        Assert.Equal(422, response.StatusCode);
        Assert.Equal("is required", response.Json.GetProperty("errors").GetProperty("id")[0].GetString());
    }

    [Fact]
    public async Task EnumQueryValue_ItsJsonStringEnumMemberName_Binds()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7", new() { ["tone"] = ["warm"] }));

        Assert.Equal(200, response.StatusCode);
    }

    [Fact]
    public async Task EnumQueryValue_MemberWithoutJsonName_BindsByTheMemberName()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7", new() { ["tone"] = ["Cool"] }));

        Assert.Equal("Hello, world.", response.Json.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("WARM")]
    [InlineData("Warm")]
    [InlineData("cool")]
    [InlineData("0")]
    public async Task EnumQueryValue_NotExactlyAName_Returns422NamingTheNames(string value)
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7", new() { ["tone"] = [value] }));

        Assert.Equal(422, response.StatusCode);
        Assert.Equal("must be one of: warm, Cool", response.Json.GetProperty("errors").GetProperty("tone")[0].GetString());
    }

    [Fact]
    public async Task ScalarQueryGivenTwice_Returns422()
    {
        var response = await sample.InvokeAsync("GetGreeting", GetGreeting("7", new() { ["times"] = ["1", "2"] }));

        Assert.Equal(422, response.StatusCode);
        Assert.Equal("must be given only once", response.Json.GetProperty("errors").GetProperty("times")[0].GetString());
    }

    [Fact]
    public async Task JsonBody_IsBoundAndHeaderIsMatchedCaseInsensitively()
    {
        var proxyEvent = PostGreeting("""{"text":"hi"}""");
        proxyEvent.Headers["x-tenant"] = "acme";

        var response = await sample.InvokeAsync("PostGreeting", proxyEvent);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/greetings/1", response.Headers["Location"]);
        Assert.Equal("hi", response.Json.GetProperty("text").GetString());
        Assert.Equal(1, response.Json.GetProperty("times").GetInt32());
    }

    [Fact]
    public async Task Base64EncodedBody_IsDecodedBeforeBinding()
    {
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("""{"text":"encoded"}"""));

        var response = await sample.InvokeAsync("PostGreeting", PostGreeting(body, base64: true));

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("encoded", response.Json.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"text\":")]
    [InlineData("not json")]
    [InlineData("{\"text\":\"a\",\"text\":\"b\"}")]
    [InlineData("{\"text\":\"a\",}")]
    public async Task MalformedBody_Returns400Problem(string body)
    {
        var response = await sample.InvokeAsync("PostGreeting", PostGreeting(body));

        Assert.Equal(400, response.StatusCode);
        Assert.Equal(400, response.Json.GetProperty("status").GetInt32());
        Assert.StartsWith("The request body is not valid JSON", response.Json.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingBody_Returns400()
    {
        var response = await sample.InvokeAsync("PostGreeting", PostGreeting(null));

        Assert.Equal(400, response.StatusCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    [InlineData(null)]
    public async Task NonJsonContentType_Returns415(string? contentType)
    {
        var response = await sample.InvokeAsync("PostGreeting", PostGreeting("""{"text":"hi"}""", contentType));

        Assert.Equal(415, response.StatusCode);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/merge-patch+json")]
    [InlineData("APPLICATION/JSON")]
    public async Task JsonContentTypeVariants_AreAccepted(string contentType)
    {
        var response = await sample.InvokeAsync("PostGreeting", PostGreeting("""{"text":"hi"}""", contentType));

        Assert.Equal(201, response.StatusCode);
    }

    [Fact]
    public async Task BodyOverTheLimit_Returns413()
    {
        var body = JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = new string('a', 64 * 1024) });

        var response = await sample.InvokeAsync("PostGreeting", PostGreeting(body));

        Assert.Equal(413, response.StatusCode);
    }

    [Fact]
    public async Task TypedBodyStaticMethodAndServiceParameter_AreAllBound()
    {
        var response = await sample.InvokeAsync("PutGreeting", PutGreeting("""{"id":0,"text":"Grace","times":2}"""));

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(3, response.Json.GetProperty("id").GetInt32());
        Assert.Equal("Hello, Grace", response.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task TypedBodyOfTheWrongShape_Returns400()
    {
        var response = await sample.InvokeAsync("PutGreeting", PutGreeting("""{"id":"three"}"""));

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task ExceptionInTheMethod_Returns500ProblemWithRequestIdAndNoInternals()
    {
        var response = await sample.InvokeAsync("FailGreeting", FailGreeting("req-500"));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("req-500", response.Json.GetProperty("requestId").GetString());
        Assert.DoesNotContain("secret", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", response.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ExceptionInTheMethod_IsLoggedWithItsStackTrace()
    {
        await sample.InvokeAsync("FailGreeting", FailGreeting("req-logged"));

        var line = sample.Log.ToString().Split('\n').Single(l => l.Contains("req-logged", StringComparison.Ordinal));
        using var log = JsonDocument.Parse(line);
        Assert.Equal("ERROR", log.RootElement.GetProperty("level").GetString());
        Assert.Equal(500, log.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("InvalidOperationException", log.RootElement.GetProperty("error_kind").GetString());
        var exception = log.RootElement.GetProperty("exception");
        Assert.Equal("System.InvalidOperationException", exception.GetProperty("type").GetString());
        Assert.Contains("secret internal detail", exception.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("FailGreeting", exception.GetProperty("stack_trace").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"httpMethod\": 5}")]
    [InlineData("not json at all")]
    public async Task PayloadThatIsNotAProxyEvent_Returns400(string payload)
    {
        var response = await sample.InvokeAsync("GetGreeting", payload);

        Assert.Equal(400, response.StatusCode);
    }

    [Fact]
    public async Task EveryResponse_CarriesTheConfiguredCorsOrigin()
    {
        var ok = await sample.InvokeAsync("GetGreeting", GetGreeting("1"));
        var problem = await sample.InvokeAsync("GetGreeting", GetGreeting("x"));

        Assert.Equal("https://app.example.com", ok.Headers["Access-Control-Allow-Origin"]);
        Assert.Equal("https://app.example.com", problem.Headers["Access-Control-Allow-Origin"]);
    }

    [Fact]
    public async Task ParameterlessConstructor_BuildsServicesFromTheStartupClass()
    {
        var handler = sample.CreateDefaultHandler("GetGreeting");
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(GetGreeting("2").ToJson()));

        var output = await (Task<Stream>)handler.GetType().GetMethod("FunctionHandler")!.Invoke(handler, [input])!;

        Assert.Equal(200, ProxyResult.Parse(output).StatusCode);
    }

    [Fact]
    public async Task ParameterlessConstructor_UsesTheServiceProviderTheStartupClassCreates()
    {
        var source = SampleSources.Greetings.Replace(
            "public void ConfigureServices(IServiceCollection services) => services.AddSingleton<IGreeter, Greeter>();",
            """
            public IServiceProvider CreateServiceProvider() => new HandComposed();

            private sealed class HandComposed : IServiceProvider
            {
                private readonly Functions functions = new(new Shouter());

                public object? GetService(Type serviceType) => serviceType == typeof(Functions) ? functions : null;
            }

            private sealed class Shouter : IGreeter
            {
                public string Greet(string name) => "HELLO, " + name.ToUpperInvariant();
            }
            """,
            StringComparison.Ordinal);
        var assembly = GeneratorHarness.CompileAndLoad(source);
        var handler = Activator.CreateInstance(assembly.GetType("Sample.Functions_GetGreeting_Generated", throwOnError: true)!)!;
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(GetGreeting("2").ToJson()));

        var output = await (Task<Stream>)handler.GetType().GetMethod("FunctionHandler")!.Invoke(handler, [input])!;

        var result = ProxyResult.Parse(output);
        Assert.Equal(200, result.StatusCode);
        Assert.Contains("HELLO, WORLD", result.Body, StringComparison.Ordinal);
    }
}

using System.Text.Json.Nodes;
using EventFunctions.Annotations.Generator.Tests.Infrastructure;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>
/// <c>[FromCaller] Caller?</c>: the generated handler binds the authorizer's caller from the request context, nothing
/// from the request itself, and the parameter is no API parameter.
/// </summary>
[Trait("Category", "Unit")]
public sealed class GeneratedCallerBindingTests(SampleFunctionsFixture sample) : IClassFixture<SampleFunctionsFixture>
{
    private static ProxyEvent GreetCaller(JsonObject? authorizer = null, string? userArn = null, Dictionary<string, string>? headers = null) => new()
    {
        HttpMethod = "POST",
        Resource = "/greetings/caller",
        Path = "/greetings/caller",
        Authorizer = authorizer,
        UserArn = userArn,
        Headers = headers ?? [],
    };

    [Fact]
    public async Task CognitoClaims_BindTheUsername()
    {
        var response = await sample.InvokeAsync("GreetCaller", GreetCaller(new JsonObject { ["claims"] = new JsonObject { ["cognito:username"] = "alice", ["sub"] = "7d8e" } }));

        Assert.Equal("Cognito alice", response.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task IamUserArn_BindsTheArn()
    {
        var response = await sample.InvokeAsync("GreetCaller", GreetCaller(userArn: "arn:aws:iam::123456789012:user/local"));

        Assert.Equal("Iam arn:aws:iam::123456789012:user/local", response.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task NoAuthorizer_BindsNull()
    {
        var response = await sample.InvokeAsync("GreetCaller", GreetCaller(headers: new() { ["X-Caller"] = "mallory", ["Authorization"] = "mallory" }));

        Assert.Equal("nobody", response.Json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task UnusableClaim_Is500AndNeverRunsTheMethod()
    {
        var response = await sample.InvokeAsync("GreetCaller", GreetCaller(new JsonObject { ["claims"] = new JsonObject { ["cognito:username"] = "" } }));

        Assert.Equal(500, response.StatusCode);
        Assert.DoesNotContain("nobody", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Manifest_CallerParameter_IsNoApiParameter()
    {
        var manifest = FunctionManifest.Load(GeneratorHarness.CompileAndLoad(SampleSources.Greetings));

        Assert.Empty(manifest.Functions.Single(f => f.Name == "GreetCaller").Parameters);
    }
}

using System.Reflection;
using System.Text.Json;
using EventFunctions.Annotations.Generator.Tests.Infrastructure;
using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.Annotations.Generator.Tests;

/// <summary>The handler's context entry (executable mode) beside the managed runtime's <c>FunctionHandler(Stream)</c>.</summary>
[Trait("Category", "Unit")]
public sealed class ContextEntryTests(SampleFunctionsFixture sample) : IClassFixture<SampleFunctionsFixture>
{
    private static readonly ProxyEvent GetGreeting = new()
    {
        HttpMethod = "GET",
        Resource = "/greetings/{id}",
        Path = "/greetings/7",
        PathParameters = new() { ["id"] = "7" },
    };

    private static LambdaContext Context() => new(
        "req-1",
        "arn:aws:lambda:us-east-1:123456789012:function:GetGreeting",
        DateTimeOffset.UtcNow.AddSeconds(10),
        traceId: null,
        new LambdaFunctionEnvironment("GetGreeting", "1", 256, "/aws/lambda/GetGreeting", "stream"));

    [Fact]
    public void GeneratedHandler_HasOnePublicFunctionHandler_SoTheManagedRuntimeResolvesItByName()
    {
        var handlers = sample.HandlerType("GetGreeting")
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
            .Where(m => m.Name == "FunctionHandler");

        var handler = Assert.Single(handlers);
        Assert.Equal([typeof(Stream)], handler.GetParameters().Select(p => p.ParameterType));
    }

    [Fact]
    public void GeneratedHandler_ImplementsTheContextEntryExplicitly()
    {
        var map = sample.HandlerType("GetGreeting").GetInterfaceMap(typeof(EventFunctions.Annotations.Runtime.ILambdaStreamHandler));

        var contextEntry = Assert.Single(map.TargetMethods, m => m.GetParameters().Length == 2);
        Assert.True(contextEntry.IsPrivate);
        Assert.Equal(typeof(ILambdaContext), contextEntry.GetParameters()[1].ParameterType);
    }

    [Fact]
    public async Task ContextEntry_AnswersLikeTheStreamEntry()
    {
        var withContext = await sample.InvokeWithContextAsync("GetGreeting", GetGreeting, Context());
        var withoutContext = await sample.InvokeAsync("GetGreeting", GetGreeting);

        Assert.Equal(200, withContext.StatusCode);
        Assert.Equal(withoutContext.Body, withContext.Body);
    }

    [Fact]
    public async Task ContextEntry_LogsTheContextsRequestIdAsFunctionRequestId()
    {
        using var record = await LoggedWithContextAsync("api-req-ctx-1");

        Assert.Equal("req-1", record.RootElement.GetProperty("function_request_id").GetString());
    }

    [Fact]
    public async Task ContextEntry_LogsTheRootOfTheContextsTraceHeader()
    {
        using var record = await LoggedWithContextAsync("api-req-ctx-2");

        Assert.Equal("1-5759e988-bd862e3fe1be46a994272793", record.RootElement.GetProperty("xray_trace_id").GetString());
    }

    private async Task<JsonDocument> LoggedWithContextAsync(string correlationId)
    {
        var context = new LambdaContext(
            "req-1",
            "arn:aws:lambda:us-east-1:123456789012:function:GetGreeting",
            DateTimeOffset.UtcNow.AddSeconds(10),
            "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            new LambdaFunctionEnvironment("GetGreeting", "1", 256, "/aws/lambda/GetGreeting", "stream"));
        var proxyEvent = new ProxyEvent
        {
            HttpMethod = "GET",
            Resource = "/greetings/{id}",
            Path = "/greetings/7",
            PathParameters = new() { ["id"] = "7" },
            RequestId = correlationId,
        };

        await sample.InvokeWithContextAsync("GetGreeting", proxyEvent, context);

        var line = sample.Log.ToString().Split('\n').Single(l => l.Contains(correlationId, StringComparison.Ordinal));
        return JsonDocument.Parse(line);
    }
}

using System.Reflection;
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
}

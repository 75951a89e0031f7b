using EventFunctions.Annotations.Tests.Infrastructure;

namespace EventFunctions.Annotations.Tests.Processes;

/// <summary>The managed runtime's stand-in: a function folder and a class-library handler string.</summary>
public sealed class ManagedRuntimeTests(DynaliteTableFixture dynamo) : IClassFixture<DynaliteTableFixture>
{
    private const string GetEventHandler = "EventFunctions::EventFunctions.Functions_GetEvent_Generated::FunctionHandler";

    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task HandlerString_GetEventSample_PostsTheFunctionsResponse()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("managed-1", File.ReadAllBytes(BuiltOutputs.Sample("get-event.json"))));
        using var runtime = RuntimeProcess.Start(
            BuiltOutputs.ManagedRuntimeDll, [BuiltOutputs.FunctionsFolder, GetEventHandler], dynamo.FunctionEnvironment(api));

        var post = await api.NextPostAsync(ExitTimeout);

        Assert.True(post.Kind == RuntimeApiPostKind.Response, post.Text + runtime.Stderr);
        Assert.Equal("managed-1", post.RequestId);
        Assert.Equal(404, post.Json.GetProperty("statusCode").GetInt32());
    }

    [Fact]
    public async Task WrongHandlerString_ReportsInitErrorWithTheCauseAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        using var runtime = RuntimeProcess.Start(
            BuiltOutputs.ManagedRuntimeDll,
            [BuiltOutputs.FunctionsFolder, "EventFunctions::EventFunctions.Functions_GetEvent_Generated::Handle"],
            dynamo.FunctionEnvironment(api));

        var post = await api.NextPostAsync(ExitTimeout);
        var exit = await runtime.ExitCodeAsync(ExitTimeout);

        Assert.Equal(RuntimeApiPostKind.InitError, post.Kind);
        Assert.Equal("HandlerResolutionException", post.ErrorTypeHeader);
        Assert.Contains("Unable to find method 'Handle'", post.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.NotEqual(0, exit);
    }
}

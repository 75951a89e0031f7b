using EventFunctions.Annotations.Tests.Infrastructure;

namespace EventFunctions.Annotations.Tests.Processes;

/// <summary><c>dotnet EventFunctions.dll</c> in executable mode: <c>ANNOTATIONS_HANDLER</c> picks the function.</summary>
public sealed class ExecutableFunctionTests(DynaliteTableFixture dynamo) : IClassFixture<DynaliteTableFixture>
{
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task GetEvent_SampleEventForAMissingItem_Answers404FromTheTable()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("get-1", File.ReadAllBytes(BuiltOutputs.Sample("get-event.json"))));
        var environment = dynamo.FunctionEnvironment(api);
        environment[LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable] = "GetEvent";
        using var function = RuntimeProcess.Start(BuiltOutputs.FunctionsDll, [], environment);

        var post = await api.NextPostAsync(ExitTimeout);

        Assert.True(post.Kind == RuntimeApiPostKind.Response, post.Text + function.Stderr);
        Assert.Equal("get-1", post.RequestId);
        Assert.Equal(404, post.Json.GetProperty("statusCode").GetInt32());
        Assert.False(function.HasExited);
    }

    [Fact]
    public async Task UnknownAnnotationsHandler_ReportsInitErrorNamingTheValidHandlersAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        var environment = dynamo.FunctionEnvironment(api);
        environment[LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable] = "GetEvents";
        using var function = RuntimeProcess.Start(BuiltOutputs.FunctionsDll, [], environment);

        var post = await api.NextPostAsync(ExitTimeout);
        var exit = await function.ExitCodeAsync(ExitTimeout);

        Assert.Equal(RuntimeApiPostKind.InitError, post.Kind);
        var message = post.Json.GetProperty("errorMessage").GetString()!;
        Assert.Contains("'GetEvents'", message, StringComparison.Ordinal);
        Assert.Contains("CreateEvent, DeleteEvent, GetEvent, ListEvents, UpdateEvent", message, StringComparison.Ordinal);
        Assert.NotEqual(0, exit);
    }

    [Fact]
    public async Task NoEventsTableName_ReportsInitErrorAndExitsNonZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        var environment = dynamo.FunctionEnvironment(api);
        environment.Remove("EVENTS_TABLE_NAME");
        environment[LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable] = "GetEvent";
        using var function = RuntimeProcess.Start(BuiltOutputs.FunctionsDll, [], environment);

        var post = await api.NextPostAsync(ExitTimeout);
        var exit = await function.ExitCodeAsync(ExitTimeout);

        Assert.Equal(RuntimeApiPostKind.InitError, post.Kind);
        Assert.Equal("InvalidOperationException", post.ErrorTypeHeader);
        Assert.Contains("EVENTS_TABLE_NAME is not set", post.Json.GetProperty("errorMessage").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, exit);
    }
}

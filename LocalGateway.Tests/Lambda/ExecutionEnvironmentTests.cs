using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>
/// How execution environments behave as processes, the same in both runtime modes: a function that times out,
/// crashes, fails its INIT or answers too much gets Lambda's error, and the gateway and the next invocation live on.
/// </summary>
public abstract class ExecutionEnvironmentTests(TestFunctionsGatewayFixture gateway)
{
    private readonly HttpClient client = gateway.Client;

    [Fact]
    public async Task Invoke_FunctionThrows_ReturnsItsErrorAsUnhandled()
    {
        var invocation = await Invocation.SendAsync(client, "Throwing");

        Assert.Equal(HttpStatusCode.OK, invocation.Status);
        Assert.Equal("Unhandled", invocation.FunctionError);
        Assert.Equal("InvalidOperationException", invocation.ErrorType);
        Assert.Equal("boom", invocation.ErrorMessage);
    }

    [Fact]
    public async Task Invoke_FunctionOutlivesItsTimeout_ReportsSandboxTimedout()
    {
        var invocation = await Invocation.SendAsync(client, "Slow");

        Assert.Equal("Unhandled", invocation.FunctionError);
        Assert.Equal("Sandbox.Timedout", invocation.ErrorType);
        Assert.Equal($"RequestId: {invocation.RequestId} Error: Task timed out after 1.00 seconds", invocation.ErrorMessage);
    }

    [Fact]
    public async Task Invoke_FunctionTimesOut_KillsItsEnvironment()
    {
        var slow = gateway.Gateway.Functions.Single(f => f.Name == "Slow");
        var invocation = Invocation.SendAsync(client, "Slow");
        var pid = await SingleProcessAsync(slow);

        await invocation;

        Assert.False(ProcessIsAlive(pid));
    }

    [Fact]
    public async Task Rest_FunctionTimesOut_Returns502AsApiGatewayDoes()
    {
        using var response = await client.GetAsync("/slow");

        await Problems.AssertGatewayAsync(response, HttpStatusCode.BadGateway, "Internal server error");
    }

    [Fact]
    public async Task Invoke_FunctionCrashes_ReportsRuntimeExitErrorWithTheSignal()
    {
        var invocation = await Invocation.SendAsync(client, "Crashing");

        Assert.Equal("Unhandled", invocation.FunctionError);
        Assert.Equal("Runtime.ExitError", invocation.ErrorType);
        Assert.Equal($"RequestId: {invocation.RequestId} Error: Runtime exited with error: signal: aborted", invocation.ErrorMessage);
    }

    [Fact]
    public async Task Invoke_FunctionExits_ReportsRuntimeExitErrorWithTheStatus()
    {
        var invocation = await Invocation.SendAsync(client, "Exiting");

        Assert.Equal("Runtime.ExitError", invocation.ErrorType);
        Assert.EndsWith("Error: Runtime exited with error: exit status 3", invocation.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_AfterACrash_RunsOnAFreshEnvironment()
    {
        await Invocation.SendAsync(client, "Crashing");

        var next = await Invocation.SendAsync(client, "Crashing");

        Assert.Equal("Runtime.ExitError", next.ErrorType);
        Assert.True(gateway.Gateway.Functions.Single(f => f.Name == "Crashing").EnvironmentsStarted >= 2);
    }

    [Fact]
    public async Task Rest_FunctionCrashes_Returns502AndTheGatewayLivesOn()
    {
        using var crashed = await client.GetAsync("/crashing");
        using var next = await client.GetAsync("/echo/after-crash");

        await Problems.AssertGatewayAsync(crashed, HttpStatusCode.BadGateway, "Internal server error");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Invoke_InitFails_ReturnsTheInitErrorAsUnhandled()
    {
        var invocation = await Invocation.SendAsync(client, "InitFailing");

        Assert.Equal("Unhandled", invocation.FunctionError);
        Assert.Contains("INIT failed on purpose", invocation.Payload, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rest_InitFails_Returns502()
    {
        using var response = await client.GetAsync("/init-failing");

        await Problems.AssertGatewayAsync(response, HttpStatusCode.BadGateway, "Internal server error");
    }

    [Fact]
    public async Task Invoke_ResponseOver6MB_ReportsFunctionResponseSizeTooLarge()
    {
        var invocation = await Invocation.SendAsync(client, "Oversized");

        Assert.Equal("Unhandled", invocation.FunctionError);
        Assert.Equal("Function.ResponseSizeTooLarge", invocation.ErrorType);
        Assert.Equal(
            "Response payload size (7340032 bytes) exceeded maximum allowed payload size (6291556 bytes).",
            invocation.ErrorMessage);
    }

    [Fact]
    public async Task Invoke_LogTypeTail_ReturnsTheInvocationsLogFramedByStartEndReport()
    {
        var invocation = await Invocation.SendAsync(client, "Logging", """{"lines":2}""", tail: true);

        var lines = invocation.LogTail!.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"START RequestId: {invocation.RequestId} Version: $LATEST", lines[0]);
        // In managed mode each line arrives wrapped as RuntimeSupport formats it; in the others, as written.
        Assert.Contains(lines, l => l.Contains("stdout line 0001 " + new string('x', 83), StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("a line on stderr", StringComparison.Ordinal));
        Assert.Equal($"END RequestId: {invocation.RequestId}", lines[^2]);
        Assert.Matches(
            $@"^REPORT RequestId: {invocation.RequestId}\tDuration: \d+\.\d\d ms\tBilled Duration: \d+ ms\tMemory Size: 128 MB\tMax Memory Used: [1-9]\d* MB\t",
            lines[^1]);
    }

    [Fact]
    public async Task Invoke_LogTypeTail_ReturnsTheLast4KB()
    {
        var invocation = await Invocation.SendAsync(client, "Logging", """{"lines":100}""", tail: true);

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(invocation.LogTail!), 3900, 4096);
        Assert.StartsWith($"REPORT RequestId: {invocation.RequestId}", invocation.LogTail!.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("START RequestId", invocation.LogTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_WithoutLogType_ReturnsNoLogResult()
    {
        var invocation = await Invocation.SendAsync(client, "Logging");

        Assert.Null(invocation.LogTail);
    }

    [Fact]
    public async Task Invoke_FunctionWrites_TheGatewayPrintsEachLinePrefixedWithTheFunctionName()
    {
        var invocation = await Invocation.SendAsync(client, "Logging", """{"lines":1}""");

        Assert.Matches(@"(?m)^\[Logging\] .*a line on stderr", gateway.Log.Text);
        Assert.Contains($"[Logging] START RequestId: {invocation.RequestId} Version: $LATEST", gateway.Log.Text, StringComparison.Ordinal);
        Assert.Contains($"[Logging] REPORT RequestId: {invocation.RequestId}", gateway.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_ColdStart_ReportsInitDurationOnce()
    {
        await using var fresh = await StartFreshGatewayAsync();
        var first = await Invocation.SendAsync(fresh.Client, "Environment", tail: true);
        var second = await Invocation.SendAsync(fresh.Client, "Environment", tail: true);

        Assert.Matches(@"\tInit Duration: \d+\.\d\d ms\t", first.LogTail);
        Assert.DoesNotContain("Init Duration", second.LogTail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_Sequentially_ReusesTheIdleEnvironment()
    {
        var first = await Invocation.SendAsync(client, "Environment");
        var second = await Invocation.SendAsync(client, "Environment");

        Assert.Equal(first.Json.GetProperty("pid").GetInt32(), second.Json.GetProperty("pid").GetInt32());
    }

    [Fact]
    public async Task Invoke_InParallel_RunsEachOnItsOwnEnvironment()
    {
        var invocations = await Task.WhenAll(Enumerable.Range(0, 3)
            .Select(_ => Invocation.SendAsync(client, "Environment", """{"sleepMs":1500}""")));

        Assert.Equal(3, invocations.Select(i => i.Json.GetProperty("pid").GetInt32()).Distinct().Count());
    }

    [Fact]
    public async Task Init_GetsTheVariablesLambdaSets_AndNothingOfTheGateways()
    {
        var variables = (await Invocation.SendAsync(client, "Environment")).Json.GetProperty("variables");

        Assert.Equal("Environment", variables.GetProperty("AWS_LAMBDA_FUNCTION_NAME").GetString());
        Assert.Equal("128", variables.GetProperty("AWS_LAMBDA_FUNCTION_MEMORY_SIZE").GetString());
        Assert.Equal("$LATEST", variables.GetProperty("AWS_LAMBDA_FUNCTION_VERSION").GetString());
        Assert.Equal("/aws/lambda/Environment", variables.GetProperty("AWS_LAMBDA_LOG_GROUP_NAME").GetString());
        Assert.StartsWith("127.0.0.1:", variables.GetProperty("AWS_LAMBDA_RUNTIME_API").GetString(), StringComparison.Ordinal);
        Assert.Equal("echo-events", variables.GetProperty("EVENTS_TABLE_NAME").GetString());
        Assert.StartsWith("http://127.0.0.1:", variables.GetProperty("AWS_ENDPOINT_URL_DYNAMODB").GetString(), StringComparison.Ordinal);
        Assert.False(variables.TryGetProperty("HOME", out _));
    }

    [Fact]
    public async Task Init_GetsTheGatewaysLogFormat_AndNoLogLevelWhenNoneIsSet()
    {
        var variables = (await Invocation.SendAsync(client, "Environment")).Json.GetProperty("variables");

        Assert.Equal("Text", variables.GetProperty("AWS_LAMBDA_LOG_FORMAT").GetString());
        Assert.False(variables.TryGetProperty("AWS_LAMBDA_LOG_LEVEL", out _));
    }

    [Fact]
    public async Task Invoke_SetsATraceIdPerInvocation()
    {
        var first = (await Invocation.SendAsync(client, "Environment")).Json.GetProperty("variables").GetProperty("_X_AMZN_TRACE_ID").GetString();
        var second = (await Invocation.SendAsync(client, "Environment")).Json.GetProperty("variables").GetProperty("_X_AMZN_TRACE_ID").GetString();

        Assert.Matches("^Root=1-[0-9a-f]{8}-[0-9a-f]{24};Parent=[0-9a-f]{16};Sampled=1$", first);
        Assert.NotEqual(first, second);
    }

    private protected abstract Task<GatewayHandle> StartFreshGatewayAsync();

    private static async Task<int> SingleProcessAsync(EventFunctions.LocalGateway.Lambda.LambdaFunction function)
    {
        await Eventually.TrueAsync(() => function.ProcessIds.Count == 1, $"{function.Name} started one environment");
        return function.ProcessIds[0];
    }

    private static bool ProcessIsAlive(int pid) => ProcessTree.Read(pid) is { State: not 'Z' };
}

[Collection(EchoGatewayCollectionDefinition.Name)]
public sealed class ExecutableEnvironmentTests(EchoGatewayFixture gateway) : ExecutionEnvironmentTests(gateway)
{
    private protected override Task<GatewayHandle> StartFreshGatewayAsync() => GatewayHandle.StartAsync(EventFunctions.LocalGateway.Lambda.RuntimeMode.Executable);
}

[Collection(ManagedEchoGatewayCollectionDefinition.Name)]
public sealed class ManagedEnvironmentTests(ManagedEchoGatewayFixture gateway) : ExecutionEnvironmentTests(gateway)
{
    private protected override Task<GatewayHandle> StartFreshGatewayAsync() => GatewayHandle.StartAsync(EventFunctions.LocalGateway.Lambda.RuntimeMode.Managed);

    [Fact]
    public async Task Invoke_PlainConsoleLine_IsLoggedWrappedInRuntimeSupportsJsonRecord()
    {
        await using var json = await StartJsonGatewayAsync();
        var invocation = await Invocation.SendAsync(json.Client, "Logging", """{"lines":1}""", tail: true);

        var line = invocation.LogTail!.Split('\n').Single(l => l.Contains("stdout line 0000", StringComparison.Ordinal));
        using var record = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("Information", record.RootElement.GetProperty("level").GetString());
        Assert.Equal(invocation.RequestId, record.RootElement.GetProperty("requestId").GetString());
        Assert.StartsWith("stdout line 0000 ", record.RootElement.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_PlainStderrLine_IsLoggedAtErrorLevel()
    {
        await using var json = await StartJsonGatewayAsync();
        var invocation = await Invocation.SendAsync(json.Client, "Logging", """{"lines":0}""", tail: true);

        var line = invocation.LogTail!.Split('\n').Single(l => l.Contains("a line on stderr", StringComparison.Ordinal));
        using var record = System.Text.Json.JsonDocument.Parse(line);
        Assert.Equal("Error", record.RootElement.GetProperty("level").GetString());
    }

    /// <summary>The wrapping under test is the JSON format's (the shared gateway runs Text, for the START/REPORT tests).</summary>
    private static Task<GatewayHandle> StartJsonGatewayAsync() => GatewayHandle.StartAsync(
        EventFunctions.LocalGateway.Lambda.RuntimeMode.Managed,
        configure: options => options with { Logging = EventFunctions.LocalGateway.Lambda.LoggingConfig.Default });
}

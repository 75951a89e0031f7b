using System.Text;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Annotations.Tests.Infrastructure;

namespace EventFunctions.Annotations.Tests.RuntimeApi;

/// <summary>
/// The runtime loop against a fake Runtime API. One class: the loop sets the process-wide <c>_X_AMZN_TRACE_ID</c>,
/// so these tests must not run beside each other.
/// </summary>
public sealed class LambdaBootstrapTests
{
    private static readonly byte[] Event = """{"resource":"/events/{eventId}"}"""u8.ToArray();

    private static LambdaHandler Echo() => static async (input, _) =>
    {
        var copy = new MemoryStream();
        await input.CopyToAsync(copy);
        copy.Position = 0;
        return copy;
    };

    [Fact]
    public async Task RunAsync_OneInvocation_PostsTheHandlersOutputAsItsResponse()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("req-1", Event));
        await using var runtime = new InProcessRuntime(Echo, InProcessRuntime.Environment(api));

        var post = await api.NextPostAsync();

        Assert.Equal(RuntimeApiPostKind.Response, post.Kind);
        Assert.Equal("req-1", post.RequestId);
        Assert.Equal(Event, post.Body);
    }

    [Fact]
    public async Task RunAsync_Invocation_GivesTheHandlerTheContextFromHeadersAndEnvironment()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        var deadline = DateTimeOffset.FromUnixTimeMilliseconds(DateTimeOffset.UtcNow.AddSeconds(9).ToUnixTimeMilliseconds());
        api.Enqueue(new FakeInvocation("req-ctx", Event)
        {
            Deadline = deadline,
            InvokedFunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:GetEvent:live",
            TraceId = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
            ClientContext = """{"client":{"app_title":"x"}}""",
            CognitoIdentity = """{"cognitoIdentityId":"id-1"}""",
        });
        ILambdaContext? seen = null;
        await using var runtime = new InProcessRuntime(
            () => (input, context) =>
            {
                seen = context;
                return Echo()(input, context);
            },
            InProcessRuntime.Environment(api));

        await api.NextPostAsync();

        Assert.NotNull(seen);
        Assert.Equal("req-ctx", seen.AwsRequestId);
        Assert.Equal(deadline, seen.Deadline);
        Assert.InRange(seen.RemainingTime, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(9));
        Assert.Equal("arn:aws:lambda:eu-west-1:123456789012:function:GetEvent:live", seen.InvokedFunctionArn);
        Assert.Equal("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1", seen.TraceId);
        Assert.Equal("""{"client":{"app_title":"x"}}""", seen.ClientContext);
        Assert.Equal("""{"cognitoIdentityId":"id-1"}""", seen.CognitoIdentity);
        Assert.Equal("EventFunctions-GetEvent", seen.FunctionName);
        Assert.Equal("7", seen.FunctionVersion);
        Assert.Equal(512, seen.MemoryLimitInMB);
        Assert.Equal("/aws/lambda/EventFunctions-GetEvent", seen.LogGroupName);
        Assert.Equal("2026/11/22/[7]abc", seen.LogStreamName);
    }

    [Fact]
    public async Task RunAsync_Invocation_MakesItsContextCurrentWhileTheHandlerRuns()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("req-current", Event));
        ILambdaContext? given = null;
        ILambdaContext? current = null;
        await using var runtime = new InProcessRuntime(
            () => async (input, context) =>
            {
                await Task.Yield();
                (given, current) = (context, LambdaContext.Current);
                return await Echo()(input, context);
            },
            InProcessRuntime.Environment(api));

        await api.NextPostAsync();

        Assert.NotNull(current);
        Assert.Same(given, current);
    }

    [Fact]
    public async Task RunAsync_InvocationsWithAndWithoutTraceId_SetThenClearXAmznTraceId()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("traced", Event) { TraceId = "Root=1-abc;Sampled=1" });
        api.Enqueue(new FakeInvocation("untraced", Event));
        var seen = new List<string?>();
        await using var runtime = new InProcessRuntime(
            () => (input, context) =>
            {
                seen.Add(Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"));
                return Echo()(input, context);
            },
            InProcessRuntime.Environment(api));

        await api.NextPostAsync();
        await api.NextPostAsync();

        Assert.Equal(["Root=1-abc;Sampled=1", null], seen);
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_PostsTheErrorBodyAndTypeHeaderAndServesTheNextInvocation()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("fails", Event));
        api.Enqueue(new FakeInvocation("works", Event));
        await using var runtime = new InProcessRuntime(
            () => (input, context) => context.AwsRequestId == "fails"
                ? throw new InvalidOperationException("outer", new FormatException("inner"))
                : Echo()(input, context),
            InProcessRuntime.Environment(api));

        var error = await api.NextPostAsync();
        var next = await api.NextPostAsync();

        Assert.Equal((RuntimeApiPostKind.Error, "fails"), (error.Kind, error.RequestId));
        Assert.Equal("InvalidOperationException", error.ErrorTypeHeader);
        Assert.Equal("application/vnd.aws.lambda.error+json", error.ContentType);
        Assert.Equal("InvalidOperationException", error.Json.GetProperty("errorType").GetString());
        Assert.Equal("outer", error.Json.GetProperty("errorMessage").GetString());
        Assert.Contains(error.Json.GetProperty("stackTrace").EnumerateArray(), frame => frame.GetString()!.StartsWith("at ", StringComparison.Ordinal));
        Assert.Equal("FormatException", error.Json.GetProperty("cause").GetProperty("errorType").GetString());
        Assert.Equal((RuntimeApiPostKind.Response, "works"), (next.Kind, next.RequestId));
    }

    [Fact]
    public async Task RunAsync_HandlerThrows_WritesTheExceptionWithItsStackAsOneStderrLine()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("fails", Event));
        await using var runtime = new InProcessRuntime(
            () => (_, _) => throw new InvalidOperationException("the handler broke"),
            InProcessRuntime.Environment(api));

        await api.NextPostAsync();

        var line = Assert.Single(runtime.ErrorText.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("fails", line, StringComparison.Ordinal);
        Assert.Contains("System.InvalidOperationException: the handler broke", line, StringComparison.Ordinal);
        Assert.Contains("at ", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InitThrows_PostsInitErrorAndReturnsOne()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var runtime = new InProcessRuntime(
            () => throw new InvalidOperationException("EVENTS_TABLE_NAME is not set"),
            InProcessRuntime.Environment(api));

        var post = await api.NextPostAsync();
        var exit = await runtime.Exit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(RuntimeApiPostKind.InitError, post.Kind);
        Assert.Equal("InvalidOperationException", post.ErrorTypeHeader);
        Assert.Equal("InvalidOperationException", post.Json.GetProperty("errorType").GetString());
        Assert.Equal("EVENTS_TABLE_NAME is not set", post.Json.GetProperty("errorMessage").GetString());
        Assert.Equal(LambdaBootstrap.InitFailedExitCode, exit);
        Assert.Equal(1, exit);
    }

    [Fact]
    public async Task RunAsync_NoRuntimeApiVariable_SaysSoAndReturnsTwo()
    {
        var initialized = false;
        await using var runtime = new InProcessRuntime(
            () =>
            {
                initialized = true;
                return Echo();
            },
            new Dictionary<string, string>());

        var exit = await runtime.Exit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(2, exit);
        Assert.False(initialized);
        Assert.Contains("AWS_LAMBDA_RUNTIME_API is not set", runtime.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ResponseAnswered413_WritesItToStderrAndServesTheNextInvocation()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.AnswerNextResponseWith(413);
        api.Enqueue(new FakeInvocation("too-large", Event));
        api.Enqueue(new FakeInvocation("after", Event));
        await using var runtime = new InProcessRuntime(Echo, InProcessRuntime.Environment(api));

        var refused = await api.NextPostAsync();
        var next = await api.NextPostAsync();

        Assert.Equal("too-large", refused.RequestId);
        Assert.Equal((RuntimeApiPostKind.Response, "after"), (next.Kind, next.RequestId));
        Assert.Contains("413", runtime.ErrorText, StringComparison.Ordinal);
        Assert.False(runtime.Exit.IsCompleted);
    }

    [Fact]
    public async Task RunAsync_NextAnswers500_EndsWithTheRuntimeApiFailureCode()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.NextStatus = 500;
        await using var runtime = new InProcessRuntime(Echo, InProcessRuntime.Environment(api));

        var exit = await runtime.Exit.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(LambdaBootstrap.RuntimeApiFailedExitCode, exit);
        Assert.NotEqual(0, exit);
        Assert.Contains("500", runtime.ErrorText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Cancelled_ReturnsZero()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        await using var runtime = new InProcessRuntime(Echo, InProcessRuntime.Environment(api));
        await Task.Delay(200);

        var exit = await runtime.StopAsync();

        Assert.Equal(0, exit);
    }

    [Fact]
    public async Task RunAsync_ErrorBodyOverTheLimit_PostsTheTruncationMessage()
    {
        await using var api = await FakeRuntimeApi.StartAsync();
        api.Enqueue(new FakeInvocation("huge", Event));
        var message = new string('x', 300 * 1024);
        await using var runtime = new InProcessRuntime(
            () => (_, _) => throw new InvalidOperationException(message),
            InProcessRuntime.Environment(api));

        var error = await api.NextPostAsync();

        Assert.Equal("Exception exceeded maximum payload size of 256KB.", error.Json.GetProperty("errorMessage").GetString());
        Assert.True(Encoding.UTF8.GetByteCount(error.Text) < 1024);
    }
}

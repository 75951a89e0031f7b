using System.Diagnostics;
using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Faults;

/// <summary>
/// The records table stops answering (a request that never returns) at each step of a keyed create in Lambda: the
/// invocation still answers before its deadline, as the event store's own operations do (DeadlineEventStore).
/// </summary>
public sealed class RecordsTableDeadlineTests
{
    private const string Records = "events-idempotency";
    private static readonly TimeSpan Left = TimeSpan.FromSeconds(2.5);
    private static readonly TimeSpan Watchdog = TimeSpan.FromSeconds(10);

    private readonly Mock<IAmazonDynamoDB> client = new(MockBehavior.Strict);

    /// <summary>A request that returns only when its token is cancelled, as a hung connection does to the SDK.</summary>
    private static async Task<T> Hang<T>(CancellationToken token)
    {
        await Task.Delay(Timeout.Infinite, token);
        throw new InvalidOperationException("unreachable");
    }

    private async Task<(int Status, TimeSpan Took, bool Answered)> InvokeKeyedCreateAsync()
    {
        var settings = new FunctionSettings("events", null);
        var services = new EventFunctionsServices(
            EventFunctionsServices.CreateEventStore(client.Object, new EventStoreOptions { TableName = "events" }, TimeProvider.System),
            EventFunctionsServices.CreateIdempotencyStore(client.Object, settings, TimeProvider.System));
        ILambdaStreamHandler handler = new Functions_CreateEvent_Generated(services);
        var proxyEvent = ProxyEventSamples.Edit("create-event.json").WithHeader("Idempotency-Key", "8e03978e-40d5-43e8-bc93-6894a57f9324");
        var input = new MemoryStream(Encoding.UTF8.GetBytes(proxyEvent.ToJsonString()));
        var clock = Stopwatch.StartNew();

        var invocation = handler.FunctionHandler(input, new Context(DateTimeOffset.UtcNow + Left));
        var answered = await Task.WhenAny(invocation, Task.Delay(Watchdog)) == invocation;

        return answered ? ((await ProxyResponse.ReadAsync(await invocation)).StatusCode, clock.Elapsed, true) : (0, clock.Elapsed, false);
    }

    private void RecordsPut(Func<CancellationToken, Task<PutItemResponse>> answer) =>
        client.Setup(c => c.PutItemAsync(It.Is<PutItemRequest>(r => r.TableName == Records), It.IsAny<CancellationToken>()))
            .Returns((PutItemRequest _, CancellationToken token) => answer(token));

    private void EventsPut(Func<CancellationToken, Task<PutItemResponse>> answer) =>
        client.Setup(c => c.PutItemAsync(It.Is<PutItemRequest>(r => r.TableName == "events"), It.IsAny<CancellationToken>()))
            .Returns((PutItemRequest _, CancellationToken token) => answer(token));

    [Fact]
    public async Task ClaimHangs_AnswersBeforeTheDeadline()
    {
        RecordsPut(Hang<PutItemResponse>);

        var (status, took, answered) = await InvokeKeyedCreateAsync();

        Assert.True(answered && took < Left, $"answered: {answered} after {took.TotalSeconds:F1} s, deadline in {Left.TotalSeconds} s");
        Assert.Equal(503, status);
    }

    [Fact]
    public async Task CompletionHangs_AnswersTheCreateBeforeTheDeadline()
    {
        RecordsPut(_ => Task.FromResult(new PutItemResponse()));
        EventsPut(_ => Task.FromResult(new PutItemResponse()));
        client.Setup(c => c.UpdateItemAsync(It.Is<UpdateItemRequest>(r => r.TableName == Records), It.IsAny<CancellationToken>()))
            .Returns((UpdateItemRequest _, CancellationToken token) => Hang<UpdateItemResponse>(token));

        var (status, took, answered) = await InvokeKeyedCreateAsync();

        Assert.True(answered && took < Left, $"answered: {answered} after {took.TotalSeconds:F1} s, deadline in {Left.TotalSeconds} s");
        Assert.Equal(201, status);
    }

    [Fact]
    public async Task ReleaseHangsAfterTheEventWriteTimedOut_Answers503BeforeTheDeadline()
    {
        RecordsPut(_ => Task.FromResult(new PutItemResponse()));
        EventsPut(Hang<PutItemResponse>);
        client.Setup(c => c.DeleteItemAsync(It.Is<DeleteItemRequest>(r => r.TableName == Records), It.IsAny<CancellationToken>()))
            .Returns((DeleteItemRequest _, CancellationToken token) => Hang<DeleteItemResponse>(token));

        var (status, took, answered) = await InvokeKeyedCreateAsync();

        Assert.True(answered && took < Left, $"answered: {answered} after {took.TotalSeconds:F1} s, deadline in {Left.TotalSeconds} s");
        Assert.Equal(503, status);
    }

    private sealed class Context(DateTimeOffset deadline) : ILambdaContext
    {
        public string AwsRequestId => "00000000-0000-4000-8000-000000000001";

        public string InvokedFunctionArn => "arn:aws:lambda:us-east-1:000000000000:function:CreateEvent";

        public DateTimeOffset Deadline => deadline;

        public TimeSpan RemainingTime => deadline - DateTimeOffset.UtcNow is { Ticks: > 0 } left ? left : TimeSpan.Zero;

        public string? TraceId => null;

        public string? ClientContext => null;

        public string? CognitoIdentity => null;

        public string FunctionName => "CreateEvent";

        public string FunctionVersion => "$LATEST";

        public int MemoryLimitInMB => 512;

        public string LogGroupName => "/aws/lambda/CreateEvent";

        public string LogStreamName => "stream";
    }
}

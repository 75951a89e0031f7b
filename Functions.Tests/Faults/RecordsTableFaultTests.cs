using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Faults;

/// <summary>
/// DynamoDB throttling the idempotency records table only, the events table on dynalite working: a keyed create
/// answers 503 when it cannot claim, its answer stands when it cannot complete, and a retry never writes twice.
/// </summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class RecordsTableFaultTests(DynaliteFixture dynalite)
{
    private const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";

    /// <summary>
    /// The stores' clock; it starts at the real time because the claim's lock, without a Lambda context, is the real
    /// time plus the function's timeout.
    /// </summary>
    private readonly ManualTimeProvider clock = new(TimeProvider.System.GetUtcNow());

    private string? eventsTable;

    private async Task<(Functions_CreateEvent_Generated Handler, RecordsThrottle Client)> CreateAsync()
    {
        var client = new RecordsThrottle(dynalite.Server.ServiceUrl);
        eventsTable = await dynalite.CreateTableAsync();
        var services = new EventFunctionsServices(
            EventFunctionsServices.CreateEventStore(client, new EventStoreOptions { TableName = eventsTable }, clock),
            new DynamoDbIdempotencyStore(client, await dynalite.CreateIdempotencyTableAsync(), DynamoDbIdempotencyStore.DefaultExpiry, clock));
        return (new Functions_CreateEvent_Generated(services), client);
    }

    private static async Task<ProxyResponse> InvokeAsync(Functions_CreateEvent_Generated handler)
    {
        var proxyEvent = ProxyEventSamples.Edit("create-event-generated-id.json").WithHeader("Idempotency-Key", Key);
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(proxyEvent.ToJsonString()));
        await using var output = await handler.FunctionHandler(input);
        return DeclaredResponses.Checked(handler.GetType(), await ProxyResponse.ReadAsync(output));
    }

    private async Task<int> EventCountAsync() =>
        (await dynalite.Client.ScanAsync(new ScanRequest { TableName = eventsTable, Select = Select.COUNT })).Count ?? 0;

    [Fact]
    public async Task ClaimThrottled_Answers503WithRetryAfterAndWritesNoEvent()
    {
        var (handler, client) = await CreateAsync();
        client.Throttled = ["PutItem"];

        var response = await InvokeAsync(handler);

        Assert.Equal(503, response.StatusCode);
        Assert.True(int.TryParse(response.Header("Retry-After"), out var seconds) && seconds > 0);
        Assert.Equal(0, await EventCountAsync());
    }

    [Fact]
    public async Task ClaimThrottledThenRetried_CreatesTheEventOnce()
    {
        var (handler, client) = await CreateAsync();
        client.Throttled = ["PutItem"];
        await InvokeAsync(handler);
        client.Throttled = [];

        var retry = await InvokeAsync(handler);

        Assert.Equal(201, retry.StatusCode);
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CompletionThrottled_StillAnswers201()
    {
        var (handler, client) = await CreateAsync();
        client.Throttled = ["UpdateItem"];

        var response = await InvokeAsync(handler);

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CompletionThrottled_RetryWhileTheLockHolds_Answers409WithRetryAfter()
    {
        var (handler, client) = await CreateAsync();
        client.Throttled = ["UpdateItem"];
        await InvokeAsync(handler);
        client.Throttled = [];

        var retry = await InvokeAsync(handler);

        Assert.Equal(409, retry.StatusCode);
        // The lock is the function's 10 s timeout from the first invocation's start, rounded up to whole seconds.
        Assert.True(int.TryParse(retry.Header("Retry-After"), out var seconds) && seconds is > 0 and <= 11, $"Retry-After: {seconds}");
        Assert.Equal(1, await EventCountAsync());
    }

    [Fact]
    public async Task CompletionThrottled_RetryAfterTheLockPassed_AnswersTheSameEventWithoutWritingTwice()
    {
        var (handler, client) = await CreateAsync();
        client.Throttled = ["UpdateItem"];
        var first = await InvokeAsync(handler);
        client.Throttled = [];
        clock.Advance(TimeSpan.FromSeconds(11));

        var retry = await InvokeAsync(handler);

        Assert.Equal(201, retry.StatusCode);
        Assert.Equal(first.Json.GetProperty("eventId").GetString(), retry.Json.GetProperty("eventId").GetString());
        Assert.Equal(1, await EventCountAsync());
    }

    /// <summary>A real client to dynalite that throttles the named operations on the records table (not the events table).</summary>
    private sealed class RecordsThrottle(string serviceUrl) : AmazonDynamoDBClient(
        new BasicAWSCredentials("local", "local"),
        new AmazonDynamoDBConfig { ServiceURL = serviceUrl, AuthenticationRegion = "us-east-1", MaxErrorRetry = 0 })
    {
        public string[] Throttled { get; set; } = [];

        public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default) =>
            Throttles<PutItemResponse>("PutItem", request.TableName) ?? base.PutItemAsync(request, cancellationToken);

        public override Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken = default) =>
            Throttles<UpdateItemResponse>("UpdateItem", request.TableName) ?? base.UpdateItemAsync(request, cancellationToken);

        public override Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken = default) =>
            Throttles<DeleteItemResponse>("DeleteItem", request.TableName) ?? base.DeleteItemAsync(request, cancellationToken);

        public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default) =>
            Throttles<GetItemResponse>("GetItem", request.TableName) ?? base.GetItemAsync(request, cancellationToken);

        private Task<T>? Throttles<T>(string operation, string table) =>
            table.StartsWith("idempotency-", StringComparison.Ordinal) && Throttled.Contains(operation)
                ? Task.FromException<T>(new ProvisionedThroughputExceededException("Rate exceeded on the records table"))
                : null;
    }
}

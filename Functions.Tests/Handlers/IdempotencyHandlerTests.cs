using Amazon.DynamoDBv2.Model;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

/// <summary>
/// Idempotency-Key over the graph Lambda runs, the DynamoDB client a strict mock: which requests go to the records
/// table and in what order around the function's own write, and what the answer is when either table fails.
/// </summary>
[Trait("Category", "Unit")]
public sealed class IdempotencyHandlerTests
{
    private const string EventId = "evt-tech-conf-2024";
    private const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";
    private const string Records = ProductionCompositionHarness.IdempotencyTableName;
    private const string Events = ProductionCompositionHarness.TableName;

    private readonly ProductionCompositionHarness harness = new();
    private readonly List<string> calls = [];

    private static string CreateEvent(string? key = Key)
    {
        var proxyEvent = ProxyEventSamples.Edit("create-event.json");
        return (key is null ? proxyEvent : proxyEvent.WithHeader("Idempotency-Key", key)).ToJsonString();
    }

    private void OnPut(string table, Func<PutItemRequest, Task<PutItemResponse>>? answer = null) =>
        harness.Client.Setup(c => c.PutItemAsync(It.Is<PutItemRequest>(r => r.TableName == table), It.IsAny<CancellationToken>()))
            .Returns((PutItemRequest r, CancellationToken _) =>
            {
                calls.Add("PutItem " + table);
                return answer?.Invoke(r) ?? Task.FromResult(new PutItemResponse());
            });

    private void OnUpdate(string table, Func<Task<UpdateItemResponse>>? answer = null) =>
        harness.Client.Setup(c => c.UpdateItemAsync(It.Is<UpdateItemRequest>(r => r.TableName == table), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                calls.Add("UpdateItem " + table);
                return answer?.Invoke() ?? Task.FromResult(new UpdateItemResponse());
            });

    private void OnDelete(string table) =>
        harness.Client.Setup(c => c.DeleteItemAsync(It.Is<DeleteItemRequest>(r => r.TableName == table), It.IsAny<CancellationToken>()))
            .Returns(() =>
            {
                calls.Add("DeleteItem " + table);
                return Task.FromResult(new DeleteItemResponse());
            });

    /// <summary>The claim fails its condition, and the consistent read finds <paramref name="record"/>.</summary>
    private void OnExistingRecord(Dictionary<string, AttributeValue> record)
    {
        OnPut(Records, _ => Task.FromException<PutItemResponse>(new ConditionalCheckFailedException("The conditional request failed")));
        harness.Client.Setup(c => c.GetItemAsync(
                It.Is<GetItemRequest>(r => r.TableName == Records && r.ConsistentRead == true), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { Item = record, IsItemSet = true });
    }

    private Dictionary<string, AttributeValue> Record(string state, string fingerprint) => new()
    {
        [IdempotencyTable.IdAttribute] = new AttributeValue { S = "CreateEvent#-#" + Key },
        [IdempotencyTable.StateAttribute] = new AttributeValue { S = state },
        [IdempotencyTable.FingerprintAttribute] = new AttributeValue { S = fingerprint },
        [IdempotencyTable.LockedUntilAttribute] = new AttributeValue { N = (harness.Clock.GetUtcNow() + TimeSpan.FromSeconds(4)).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
        [IdempotencyTable.ExpiresAtAttribute] = new AttributeValue { N = (harness.Clock.GetUtcNow() + TimeSpan.FromHours(1)).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    private static string CreateEventFingerprint()
    {
        var proxyEvent = ProxyEventSamples.Edit("create-event.json");
        return Annotations.Idempotency.RequestFingerprint.Compute(
            proxyEvent["httpMethod"]!.GetValue<string>(), proxyEvent["path"]!.GetValue<string>(), null, proxyEvent["body"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateEvent_WithoutTheHeader_SendsNothingToTheRecordsTable()
    {
        OnPut(Events);

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent(key: null));

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["PutItem " + Events], calls);
        Assert.Single(harness.Client.Invocations);
    }

    [Fact]
    public async Task CreateEvent_WithTheHeader_ClaimsBeforeTheEventWriteAndCompletesAfter()
    {
        OnPut(Records);
        OnPut(Events);
        OnUpdate(Records);

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(201, response.StatusCode);
        Assert.Equal(["PutItem " + Records, "PutItem " + Events, "UpdateItem " + Records], calls);
    }

    [Fact]
    public async Task CreateEvent_WithTheHeader_ClaimIsAConditionalPutOfAnInProgressRecordForTheFunctionAndKey()
    {
        PutItemRequest? claim = null;
        OnPut(Records, r =>
        {
            claim = r;
            return Task.FromResult(new PutItemResponse());
        });
        OnPut(Events);
        OnUpdate(Records);

        await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.NotNull(claim);
        Assert.Equal("CreateEvent#-#" + Key, claim.Item[IdempotencyTable.IdAttribute].S);
        Assert.Equal(IdempotencyTable.InProgress, claim.Item[IdempotencyTable.StateAttribute].S);
        Assert.Equal(CreateEventFingerprint(), claim.Item[IdempotencyTable.FingerprintAttribute].S);
        Assert.StartsWith("attribute_not_exists(#id)", claim.ConditionExpression, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CreateEvent_WithTheHeader_CompletesTheRecordWithTheResponse()
    {
        UpdateItemRequest? completion = null;
        OnPut(Records);
        OnPut(Events);
        harness.Client.Setup(c => c.UpdateItemAsync(It.Is<UpdateItemRequest>(r => r.TableName == Records), It.IsAny<CancellationToken>()))
            .Callback((UpdateItemRequest r, CancellationToken _) => completion = r)
            .ReturnsAsync(new UpdateItemResponse());

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.NotNull(completion);
        Assert.Equal("201", completion.ExpressionAttributeValues[":statusCode"].N);
        Assert.Equal(response.Body, completion.ExpressionAttributeValues[":body"].S);
        Assert.Equal("/prod/events/" + EventId, completion.ExpressionAttributeValues[":headers"].M["Location"].S);
        Assert.DoesNotContain(completion.ExpressionAttributeValues[":headers"].M.Keys, k => k.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task CreateEvent_WithTheHeader_CompletesOnlyTheClaimItMade()
    {
        PutItemRequest? claim = null;
        UpdateItemRequest? completion = null;
        OnPut(Records, r =>
        {
            claim = r;
            return Task.FromResult(new PutItemResponse());
        });
        OnPut(Events);
        harness.Client.Setup(c => c.UpdateItemAsync(It.Is<UpdateItemRequest>(r => r.TableName == Records), It.IsAny<CancellationToken>()))
            .Callback((UpdateItemRequest r, CancellationToken _) => completion = r)
            .ReturnsAsync(new UpdateItemResponse());

        await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.NotNull(claim);
        Assert.NotNull(completion);
        Assert.Contains("#lockedUntil = :lockedUntil", completion.ConditionExpression, StringComparison.Ordinal);
        Assert.Equal(claim.Item[IdempotencyTable.LockedUntilAttribute].N, completion.ExpressionAttributeValues[":lockedUntil"].N);
    }

    [Fact]
    public async Task CreateEvent_EventWriteThrottled_ReleasesTheRecordInsteadOfCompletingIt()
    {
        OnPut(Records);
        OnPut(Events, _ => Task.FromException<PutItemResponse>(new ProvisionedThroughputExceededException("Rate exceeded")));
        OnDelete(Records);

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(503, response.StatusCode);
        Assert.Equal(["PutItem " + Records, "PutItem " + Events, "DeleteItem " + Records], calls);
    }

    [Fact]
    public async Task CreateEvent_RecordsTableFailsOnCompletion_StillReturnsTheCreate()
    {
        OnPut(Records);
        OnPut(Events);
        OnUpdate(Records, () => Task.FromException<UpdateItemResponse>(new ProvisionedThroughputExceededException("Rate exceeded")));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("/prod/events/" + EventId, response.Header("Location"));
    }

    [Fact]
    public async Task CreateEvent_RecordsTableThrottlesTheClaim_Returns503WithRetryAfterAndWritesNoEvent()
    {
        OnPut(Records, _ => Task.FromException<PutItemResponse>(new ProvisionedThroughputExceededException("Rate exceeded")));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(503, response.StatusCode);
        Assert.True(int.TryParse(response.Header("Retry-After"), out var seconds) && seconds > 0);
        Assert.Equal(["PutItem " + Records], calls);
    }

    [Fact]
    public async Task CreateEvent_CompletedRecord_ReplaysTheStoredResponseWithoutWriting()
    {
        var record = Record(IdempotencyTable.Completed, CreateEventFingerprint());
        record[IdempotencyTable.StatusCodeAttribute] = new AttributeValue { N = "201" };
        record[IdempotencyTable.HeadersAttribute] = new AttributeValue { M = new() { ["Location"] = new AttributeValue { S = "/prod/events/" + EventId } }, IsMSet = true };
        record[IdempotencyTable.BodyAttribute] = new AttributeValue { S = """{"eventId":"evt-tech-conf-2024"}""" };
        OnExistingRecord(record);

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(201, response.StatusCode);
        Assert.Equal("true", response.Header("Idempotent-Replayed"));
        Assert.Equal("/prod/events/" + EventId, response.Header("Location"));
        Assert.Equal(["PutItem " + Records], calls);
    }

    [Fact]
    public async Task CreateEvent_RecordInProgress_Returns409WithRetryAfterTheLockLeft()
    {
        OnExistingRecord(Record(IdempotencyTable.InProgress, CreateEventFingerprint()));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(409, response.StatusCode);
        Assert.Equal("4", response.Header("Retry-After"));
        Assert.Equal(["PutItem " + Records], calls);
    }

    [Fact]
    public async Task CreateEvent_RecordOfAnotherRequest_Returns422NamingTheHeader()
    {
        OnExistingRecord(Record(IdempotencyTable.Completed, "another-request"));

        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent());

        Assert.Equal(422, response.StatusCode);
        Assert.NotEmpty(response.ErrorsFor("Idempotency-Key"));
        Assert.Equal(["PutItem " + Records], calls);
    }

    [Theory]
    [InlineData("")]
    [InlineData("a b")]
    [InlineData("k1, k2")]
    [InlineData("clé")]
    public async Task CreateEvent_MalformedKey_Returns400WithoutAnyDynamoDbRequest(string key)
    {
        var response = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateEvent(key));

        Assert.Equal(400, response.StatusCode);
        Assert.Empty(harness.Client.Invocations);
    }

    [Fact]
    public void CreateEventHandler_IdempotentWithoutAnIdempotencyStore_ThrowsAtConstruction()
    {
        var services = new EventFunctionsServices(new Mock<IEventStore>(MockBehavior.Strict).Object);

        var thrown = Assert.Throws<InvalidOperationException>(() => new Functions_CreateEvent_Generated(services));

        Assert.Contains("IIdempotencyStore", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetEventHandler_NotIdempotent_NeedsNoIdempotencyStore()
    {
        var services = new EventFunctionsServices(new Mock<IEventStore>(MockBehavior.Strict).Object);

        var handler = new Functions_GetEvent_Generated(services);

        Assert.NotNull(handler);
    }
}

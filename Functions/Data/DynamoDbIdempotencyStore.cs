using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Configuration;

namespace EventFunctions.Data;

/// <summary>
/// <see cref="IIdempotencyStore"/> on <see cref="IdempotencyTable"/>. The claim is one conditional PutItem that
/// succeeds only over no record, an expired one or an in-progress one whose lock has passed; completing and releasing
/// are conditional on the claim still being this invocation's: in progress, with its fingerprint and its own lock (a
/// retry that reclaimed the key after the lock passed has the same fingerprint, but a later lock). Only a failed claim
/// reads (consistently), to say why. Every request has a deadline, as the event store's operations have
/// (<see cref="DeadlineEventStore"/>): what is left of the invocation (<paramref name="invocationDeadline"/>, by default
/// the Lambda context's) minus the answer reserve, or the fixed operation deadline without one; past it the request
/// is abandoned as unavailable.
/// </summary>
public sealed class DynamoDbIdempotencyStore(
    IAmazonDynamoDB client,
    string tableName,
    TimeSpan expiry,
    TimeProvider timeProvider,
    Func<DateTimeOffset?>? invocationDeadline = null)
    : IIdempotencyStore
{
    /// <summary>How long a completed record is remembered unless configured: 24 hours, as Stripe and the draft suggest.</summary>
    public static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(24);

    /// <summary>Every DynamoDB action the store sends, all on <see cref="IdempotencyTable"/>: what its role must allow there.</summary>
    public static readonly IReadOnlyList<string> DynamoDbActions =
        ["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];

    private readonly OperationDeadline deadline = new(
        DynamoDbClientFactory.OperationDeadline,
        timeProvider,
        invocationDeadline ?? (static () => LambdaContext.Current?.Deadline),
        DynamoDbClientFactory.AnswerReserve);

    private const string ClaimableCondition =
        "attribute_not_exists(#id) OR #expiresAt < :nowSeconds OR (#state = :inProgress AND #lockedUntil < :nowMilliseconds)";

    private const string OwnClaimCondition = "#state = :inProgress AND #fingerprint = :fingerprint AND #lockedUntil = :lockedUntil";

    public async Task<IdempotencyClaim> ClaimAsync(
        string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default)
    {
        // Three rounds at most: a record that expires or is released between the failed claim and the read is claimable again.
        for (var attempt = 0; ; attempt++)
        {
            var now = timeProvider.GetUtcNow();
            try
            {
                await SendAsync(static (c, r, t) => c.PutItemAsync(r, t), new PutItemRequest
                {
                    TableName = tableName,
                    Item = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [IdempotencyTable.IdAttribute] = new() { S = recordId },
                        [IdempotencyTable.StateAttribute] = new() { S = IdempotencyTable.InProgress },
                        [IdempotencyTable.FingerprintAttribute] = new() { S = fingerprint },
                        [IdempotencyTable.LockedUntilAttribute] = Number(lockedUntil.ToUnixTimeMilliseconds()),
                        [IdempotencyTable.ExpiresAtAttribute] = Number((now + expiry).ToUnixTimeSeconds()),
                    },
                    ConditionExpression = ClaimableCondition,
                    ExpressionAttributeNames = Names(IdempotencyTable.IdAttribute, IdempotencyTable.ExpiresAtAttribute, IdempotencyTable.StateAttribute, IdempotencyTable.LockedUntilAttribute),
                    ExpressionAttributeValues = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
                    {
                        [":nowSeconds"] = Number(now.ToUnixTimeSeconds()),
                        [":nowMilliseconds"] = Number(now.ToUnixTimeMilliseconds()),
                        [":inProgress"] = new() { S = IdempotencyTable.InProgress },
                    },
                }, cancellationToken);
                return new IdempotencyClaim.Claimed();
            }
            catch (ConditionalCheckFailedException)
            {
                if (await ExistingAsync(recordId, fingerprint, cancellationToken) is { } existing)
                {
                    return existing;
                }

                if (attempt == 2)
                {
                    // Claimable at every look yet taken at every try: others are racing for it right now.
                    return new IdempotencyClaim.InProgress(TimeSpan.FromSeconds(1));
                }
            }
        }
    }

    public Task CompleteAsync(
        string recordId, string fingerprint, DateTimeOffset lockedUntil, StoredResponse response, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(response);
        var values = OwnClaimValues(fingerprint, lockedUntil);
        values[":completed"] = new AttributeValue { S = IdempotencyTable.Completed };
        values[":statusCode"] = Number(response.StatusCode);
        values[":headers"] = new AttributeValue
        {
            M = response.Headers.ToDictionary(h => h.Key, h => new AttributeValue { S = h.Value }, StringComparer.Ordinal),
            IsMSet = true,
        };
        values[":body"] = response.Body is null ? new AttributeValue { NULL = true } : new AttributeValue { S = response.Body };
        values[":bodyIsBase64"] = new AttributeValue { BOOL = response.IsBase64Encoded, IsBOOLSet = true };
        values[":expiresAt"] = Number((timeProvider.GetUtcNow() + expiry).ToUnixTimeSeconds());
        return IgnoreLostClaimAsync(SendAsync(static (c, r, t) => c.UpdateItemAsync(r, t), new UpdateItemRequest
        {
            TableName = tableName,
            Key = Key(recordId),
            UpdateExpression = "SET #state = :completed, #statusCode = :statusCode, #headers = :headers, #body = :body, "
                + "#bodyIsBase64 = :bodyIsBase64, #expiresAt = :expiresAt REMOVE #lockedUntil",
            ConditionExpression = OwnClaimCondition,
            ExpressionAttributeNames = Names(
                IdempotencyTable.StateAttribute, IdempotencyTable.FingerprintAttribute, IdempotencyTable.StatusCodeAttribute,
                IdempotencyTable.HeadersAttribute, IdempotencyTable.BodyAttribute, IdempotencyTable.BodyIsBase64Attribute,
                IdempotencyTable.ExpiresAtAttribute, IdempotencyTable.LockedUntilAttribute),
            ExpressionAttributeValues = values,
        }, cancellationToken));
    }

    public Task ReleaseAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default) =>
        IgnoreLostClaimAsync(SendAsync(static (c, r, t) => c.DeleteItemAsync(r, t), new DeleteItemRequest
        {
            TableName = tableName,
            Key = Key(recordId),
            ConditionExpression = OwnClaimCondition,
            ExpressionAttributeNames = Names(IdempotencyTable.StateAttribute, IdempotencyTable.FingerprintAttribute, IdempotencyTable.LockedUntilAttribute),
            ExpressionAttributeValues = OwnClaimValues(fingerprint, lockedUntil),
        }, cancellationToken));

    /// <summary>Why a claim failed, from the record as it is now; <c>null</c> when it is claimable after all.</summary>
    private async Task<IdempotencyClaim?> ExistingAsync(string recordId, string fingerprint, CancellationToken cancellationToken)
    {
        var response = await SendAsync(static (c, r, t) => c.GetItemAsync(r, t), new GetItemRequest
        {
            TableName = tableName,
            Key = Key(recordId),
            ConsistentRead = true,
        }, cancellationToken);
        var item = response.Item;
        var now = timeProvider.GetUtcNow();
        if (item is not { Count: > 0 } || ReadNumber(item, IdempotencyTable.ExpiresAtAttribute) < now.ToUnixTimeSeconds())
        {
            return null;
        }

        var completed = item.GetValueOrDefault(IdempotencyTable.StateAttribute)?.S == IdempotencyTable.Completed;
        var left = DateTimeOffset.FromUnixTimeMilliseconds(ReadNumber(item, IdempotencyTable.LockedUntilAttribute)) - now;
        if (!completed && left <= TimeSpan.Zero)
        {
            // An attempt that died before completing: claimable, whatever request it was.
            return null;
        }

        if (!string.Equals(item.GetValueOrDefault(IdempotencyTable.FingerprintAttribute)?.S, fingerprint, StringComparison.Ordinal))
        {
            return new IdempotencyClaim.Mismatch();
        }

        if (completed)
        {
            return new IdempotencyClaim.Completed(new StoredResponse(
                (int)ReadNumber(item, IdempotencyTable.StatusCodeAttribute),
                (item.GetValueOrDefault(IdempotencyTable.HeadersAttribute)?.M ?? [])
                    .ToDictionary(h => h.Key, h => h.Value.S ?? string.Empty, StringComparer.OrdinalIgnoreCase),
                item.GetValueOrDefault(IdempotencyTable.BodyAttribute) is { S: { } body } ? body : null,
                item.GetValueOrDefault(IdempotencyTable.BodyIsBase64Attribute)?.BOOL == true));
        }

        return new IdempotencyClaim.InProgress(left);
    }

    /// <summary>A claim lost to expiry (the invocation outlived its own lock) leaves nothing to complete or release.</summary>
    private static async Task IgnoreLostClaimAsync(Task write)
    {
        try
        {
            await write;
        }
        catch (ConditionalCheckFailedException)
        {
        }
    }

    private static Dictionary<string, AttributeValue> OwnClaimValues(string fingerprint, DateTimeOffset lockedUntil) => new(StringComparer.Ordinal)
    {
        [":inProgress"] = new() { S = IdempotencyTable.InProgress },
        [":fingerprint"] = new() { S = fingerprint },
        [":lockedUntil"] = Number(lockedUntil.ToUnixTimeMilliseconds()),
    };

    private static Dictionary<string, AttributeValue> Key(string recordId) =>
        new(StringComparer.Ordinal) { [IdempotencyTable.IdAttribute] = new() { S = recordId } };

    private static Dictionary<string, string> Names(params string[] attributes) =>
        attributes.ToDictionary(a => "#" + a, a => a, StringComparer.Ordinal);

    private static AttributeValue Number(long value) => new() { N = AttributeFormat.FormatNumber(value) };

    private static long ReadNumber(Dictionary<string, AttributeValue> item, string name) =>
        AttributeFormat.TryParseInt64(item.GetValueOrDefault(name)?.N, out var value) ? value : 0;

    private Task<TResponse> SendAsync<TRequest, TResponse>(
        Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>> send, TRequest request, CancellationToken cancellationToken)
        where TRequest : AmazonDynamoDBRequest
        where TResponse : Amazon.Runtime.AmazonWebServiceResponse =>
        // As in DynamoDbEventStore: a cancellation of the token (the deadline's or the caller's) is the deadline's to report.
        deadline.RunAsync(token => DynamoDbCalls.SendAsync(client, send, request, tableName, token), "The idempotency records", cancellationToken);
}

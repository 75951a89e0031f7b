using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// <see cref="IEventStore"/> on DynamoDB through the low-level client. Each write is one conditional request;
/// the only extra read is a consistent GetItem after a failed condition, to tell "not found" from "stale version"
/// when the service does not return the old item.
/// </summary>
public sealed class DynamoDbEventStore : IEventStore
{
    /// <summary>Upper bound on Query/Scan calls for one page, so a sparse filter cannot turn one request into a table scan.</summary>
    internal const int MaxCallsPerPage = 5;

    private readonly IAmazonDynamoDB _client;
    private readonly string _tableName;
    private readonly string _indexName;
    private readonly TimeProvider _timeProvider;

    public DynamoDbEventStore(IAmazonDynamoDB client, EventStoreOptions options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.TableName, nameof(options));
        ArgumentException.ThrowIfNullOrWhiteSpace(options.StatusDateIndexName, nameof(options));

        _client = client;
        _tableName = options.TableName;
        _indexName = options.StatusDateIndexName;
        _timeProvider = timeProvider;
    }

    public async Task<WriteResult> CreateAsync(NewEvent draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(draft);

        var now = Now();
        var stored = new Event
        {
            EventId = draft.EventId,
            Title = draft.Title,
            Description = draft.Description,
            Date = draft.Date,
            Location = draft.Location,
            Capacity = draft.Capacity,
            Organizer = draft.Organizer,
            Status = draft.Status,
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
            CreatedBy = draft.CreatedBy,
            UpdatedBy = draft.CreatedBy,
        };

        try
        {
            await SendAsync(
                static (client, request, token) => client.PutItemAsync(request, token),
                EventRequests.Create(_tableName, stored),
                cancellationToken);
            return WriteResult.Success(stored);
        }
        catch (ConditionalCheckFailedException)
        {
            return WriteResult.AlreadyExists;
        }
    }

    public async Task<Event?> GetAsync(string eventId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);

        var response = await SendAsync(
            static (client, request, token) => client.GetItemAsync(request, token),
            EventRequests.Get(_tableName, eventId),
            cancellationToken);
        return response.Item is { Count: > 0 } item ? EventItemMapper.FromItem(item) : null;
    }

    public async Task<WriteResult> UpdateAsync(
        string eventId, EventChanges changes, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);
        ArgumentNullException.ThrowIfNull(changes);
        if (changes.IsEmpty)
        {
            throw new ArgumentException("An update must change at least one field.", nameof(changes));
        }

        try
        {
            var response = await SendAsync(
                static (client, request, token) => client.UpdateItemAsync(request, token),
                EventRequests.Update(_tableName, eventId, changes, expectedVersion, Now()),
                cancellationToken);
            return WriteResult.Success(EventItemMapper.FromItem(response.Attributes));
        }
        catch (ConditionalCheckFailedException failure)
        {
            return await ExplainConditionFailureAsync(eventId, expectedVersion, failure, cancellationToken);
        }
    }

    public async Task<WriteResult> DeleteAsync(
        string eventId, long? expectedVersion, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventId);

        try
        {
            var response = await SendAsync(
                static (client, request, token) => client.DeleteItemAsync(request, token),
                EventRequests.Delete(_tableName, eventId, expectedVersion),
                cancellationToken);
            return WriteResult.Success(EventItemMapper.FromItem(response.Attributes));
        }
        catch (ConditionalCheckFailedException failure)
        {
            return await ExplainConditionFailureAsync(eventId, expectedVersion, failure, cancellationToken);
        }
    }

    public async Task<ListResult> ListAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentOutOfRangeException.ThrowIfLessThan(query.Limit, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(query.Limit, EventQuery.MaxLimit);

        Dictionary<string, AttributeValue>? startKey = null;
        if (query.PageToken is { } token && !PageTokenCodec.TryDecode(token, query, out startKey))
        {
            return ListResult.RejectedToken;
        }

        if (query.From > query.To)
        {
            // An empty range: nothing to read.
            return ListResult.Success(new EventPage([], null));
        }

        var items = new List<Event>(Math.Min(query.Limit, 100));
        var nextKey = startKey;
        for (var call = 0; call < MaxCallsPerPage; call++)
        {
            var (found, lastKey) = await ReadOnceAsync(query, nextKey, query.Limit - items.Count, cancellationToken);
            foreach (var item in found)
            {
                items.Add(EventItemMapper.FromItem(item));
            }

            nextKey = lastKey is { Count: > 0 } ? lastKey : null;
            if (nextKey is null || items.Count >= query.Limit)
            {
                break;
            }
        }

        var nextToken = nextKey is null ? null : PageTokenCodec.Encode(query, nextKey);
        return ListResult.Success(new EventPage(items, nextToken));
    }

    private async Task<(List<Dictionary<string, AttributeValue>> Items, Dictionary<string, AttributeValue>? LastKey)>
        ReadOnceAsync(
            EventQuery query, Dictionary<string, AttributeValue>? startKey, int limit, CancellationToken cancellationToken)
    {
        if (query.Status is null)
        {
            var scan = ListRequests.Scan(_tableName, query);
            scan.Limit = limit;
            scan.ExclusiveStartKey = startKey;
            var scanned = await SendAsync(
                static (client, request, token) => client.ScanAsync(request, token), scan, cancellationToken);
            return (scanned.Items ?? [], scanned.LastEvaluatedKey);
        }

        var request = ListRequests.Query(_tableName, _indexName, query);
        request.Limit = limit;
        request.ExclusiveStartKey = startKey;
        var response = await SendAsync(
            static (client, request, token) => client.QueryAsync(request, token), request, cancellationToken);
        return (response.Items ?? [], response.LastEvaluatedKey);
    }

    /// <summary>
    /// A write's condition failed: the item is missing, or (when a version was expected) it has another version.
    /// DynamoDB returns the old item when it exists; servers that ignore that option (dynalite) need one consistent read.
    /// </summary>
    private async Task<WriteResult> ExplainConditionFailureAsync(
        string eventId, long? expectedVersion, ConditionalCheckFailedException failure, CancellationToken cancellationToken)
    {
        if (failure.Item is { Count: > 0 })
        {
            return WriteResult.VersionMismatch;
        }

        if (expectedVersion is null)
        {
            // The only condition was attribute_exists.
            return WriteResult.NotFound;
        }

        return await GetAsync(eventId, cancellationToken) is null ? WriteResult.NotFound : WriteResult.VersionMismatch;
    }

    private DateTimeOffset Now() => AttributeFormat.TruncateToMilliseconds(_timeProvider.GetUtcNow());

    /// <summary>Sends one request; throttling, timeouts and outages become <see cref="DataStoreUnavailableException"/>.</summary>
    private Task<TResponse> SendAsync<TRequest, TResponse>(
        Func<IAmazonDynamoDB, TRequest, CancellationToken, Task<TResponse>> send,
        TRequest request,
        CancellationToken cancellationToken)
        where TRequest : AmazonDynamoDBRequest
        where TResponse : Amazon.Runtime.AmazonWebServiceResponse =>
        DynamoDbCalls.SendAsync(_client, send, request, _tableName, cancellationToken);
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;

namespace EventFunctions.Benchmarks.WarmPath;

/// <summary>
/// The real SDK client type with the five calls the functions make answered in-process from canned, already
/// completed responses: the handlers run their whole path (binding, validation, request building, item mapping,
/// serialization) without the network. Any other call would go to an unreachable endpoint.
/// </summary>
internal sealed class CannedDynamoDb() : AmazonDynamoDBClient(
    new BasicAWSCredentials("local", "local"),
    new AmazonDynamoDBConfig { ServiceURL = "http://127.0.0.1:9", AuthenticationRegion = "us-east-1" })
{
    public const int ListPageSize = 10;

    private static readonly Task<GetItemResponse> Got = Task.FromResult(new GetItemResponse { Item = Item("evt-tech-conf-2024", 1) });

    private static readonly Task<PutItemResponse> Put = Task.FromResult(new PutItemResponse());

    private static readonly Task<UpdateItemResponse> Updated = Task.FromResult(new UpdateItemResponse { Attributes = Item("evt-tech-conf-2024", 2) });

    private static readonly Task<DeleteItemResponse> Deleted = Task.FromResult(new DeleteItemResponse { Attributes = Item("evt-tech-conf-2024", 1) });

    private static readonly Task<QueryResponse> Queried = Task.FromResult(new QueryResponse
    {
        Items = [.. Enumerable.Range(1, ListPageSize).Select(i => Item($"evt-{i}", 1))],
        Count = ListPageSize,
    });

    public override Task<GetItemResponse> GetItemAsync(GetItemRequest request, CancellationToken cancellationToken = default) => Got;

    public override Task<PutItemResponse> PutItemAsync(PutItemRequest request, CancellationToken cancellationToken = default) => Put;

    public override Task<UpdateItemResponse> UpdateItemAsync(UpdateItemRequest request, CancellationToken cancellationToken = default) => Updated;

    public override Task<DeleteItemResponse> DeleteItemAsync(DeleteItemRequest request, CancellationToken cancellationToken = default) => Deleted;

    public override Task<QueryResponse> QueryAsync(QueryRequest request, CancellationToken cancellationToken = default) => Queried;

    /// <summary>A stored event as the table holds it.</summary>
    private static Dictionary<string, AttributeValue> Item(string eventId, long version) => new()
    {
        ["eventId"] = new AttributeValue { S = eventId },
        ["title"] = new AttributeValue { S = "Tech Conference 2024" },
        ["description"] = new AttributeValue { S = "Annual technology conference" },
        ["date"] = new AttributeValue { S = "2024-12-15" },
        ["location"] = new AttributeValue { S = "San Francisco, CA" },
        ["capacity"] = new AttributeValue { N = "500" },
        ["organizer"] = new AttributeValue { S = "Tech Corp" },
        ["status"] = new AttributeValue { S = "scheduled" },
        ["createdAt"] = new AttributeValue { S = "2026-11-22T01:00:00.000Z" },
        ["updatedAt"] = new AttributeValue { S = "2026-11-22T01:00:00.000Z" },
        ["version"] = new AttributeValue { N = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
}

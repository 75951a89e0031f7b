using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EventFunctions.Benchmarks.ColdStartFloor;

/// <summary>
/// The same floor as a handler, for the Bootstrap to load like a function: INIT builds the client, the invocation
/// sends one GetItem (of the seeded event, in <c>EVENTS_TABLE_NAME</c>) and ignores its input. Beside the program floor
/// it shows what the runtime stand-in itself costs (loading from the publish folder, reflection, the stream handler).
/// </summary>
public sealed class FloorHandler : IDisposable
{
    private readonly AmazonDynamoDBClient client;
    private readonly string table = Environment.GetEnvironmentVariable("EVENTS_TABLE_NAME") ?? "events";

    public FloorHandler()
    {
        var config = new AmazonDynamoDBConfig();
        if (Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB") is { Length: > 0 } endpoint)
        {
            config.ServiceURL = endpoint;
        }

        client = new AmazonDynamoDBClient(config);
    }

    public async Task<Stream> FunctionHandler(Stream input)
    {
        var response = await client.GetItemAsync(new GetItemRequest
        {
            TableName = table,
            Key = new() { ["eventId"] = new AttributeValue { S = "evt-tech-conf-2024" } },
            ConsistentRead = true,
        });
        var status = response.Item is { Count: > 0 } ? 200 : 404;
        return new MemoryStream(Encoding.UTF8.GetBytes($"{{\"statusCode\":{status}}}"));
    }

    public void Dispose() => client.Dispose();
}

using System.Text;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EventFunctions.Benchmarks.ColdStartFloor;

/// <summary>
/// The cold-start floor as a handler: INIT builds one <see cref="AmazonDynamoDBClient"/> (endpoint from
/// <c>AWS_ENDPOINT_URL_DYNAMODB</c>, credentials and region from the environment, as the functions do), every invocation
/// sends one consistent GetItem of the seeded event in <c>EVENTS_TABLE_NAME</c> and ignores its input. The program's
/// <c>Main</c> serves it behind the Runtime API (the executable floor); the managed-runtime stand-in loads it by its
/// handler string (the managed floor). The client lives as long as the execution environment, as a function's does.
/// </summary>
public sealed class FloorHandler : IDisposable
{
    /// <summary>The handler string the managed-runtime stand-in loads.</summary>
    public const string HandlerString =
        "EventFunctions.Benchmarks.ColdStartFloor::EventFunctions.Benchmarks.ColdStartFloor.FloorHandler::FunctionHandler";

    /// <summary>The item every invocation reads (the <c>create-event.json</c> sample's id).</summary>
    public const string SeededEventId = "evt-tech-conf-2024";

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
            Key = new() { ["eventId"] = new AttributeValue { S = SeededEventId } },
            ConsistentRead = true,
        });
        var status = response.Item is { Count: > 0 } ? 200 : 404;
        return new MemoryStream(Encoding.UTF8.GetBytes($"{{\"statusCode\":{status}}}"), writable: false);
    }

    public void Dispose() => client.Dispose();
}

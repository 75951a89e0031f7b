using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Observability;

/// <summary>
/// A sampled invocation sends one X-Ray subsegment per DynamoDB request, as the X-Ray SDK would: named DynamoDB, with
/// the operation, the table and the outcome, under the function's segment. An unsampled one sends none.
/// </summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbTraceTests : IDisposable
{
    private const string Root = "1-5759e988-bd862e3fe1be46a994272793";
    private const string Parent = "53995c3f42cd8ad8";

    private readonly UdpClient daemonSocket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly XRayDaemon daemon;
    private readonly Mock<IAmazonDynamoDB> client = new(MockBehavior.Strict);
    private readonly HandlerHarness harness;

    public DynamoDbTraceTests()
    {
        daemon = new XRayDaemon((IPEndPoint)daemonSocket.Client.LocalEndPoint!, "us-east-1");
        var store = EventFunctionsServices.CreateEventStore(
            client.Object, new EventStoreOptions { TableName = "events" }, new ManualTimeProvider(EventSamples.Now));
        harness = new HandlerHarness(store, daemon);
    }

    [Fact]
    public async Task SampledGet_SendsAGetItemSubsegmentOfTheEventsTableUnderTheFunction()
    {
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new GetItemResponse { HttpStatusCode = HttpStatusCode.OK, ResponseMetadata = new() { RequestId = "DDB-1" } });

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("get-event.json"), Context(sampled: true));

        using var subsegment = await ReceiveAsync();
        var root = subsegment.RootElement;
        Assert.Equal(
            ("DynamoDB", Root, Parent, "GetItem", "events", "DDB-1", 200),
            (root.GetProperty("name").GetString(), root.GetProperty("trace_id").GetString(), root.GetProperty("parent_id").GetString(),
             root.GetProperty("aws").GetProperty("operation").GetString(), root.GetProperty("aws").GetProperty("table_name").GetString(),
             root.GetProperty("aws").GetProperty("request_id").GetString(), root.GetProperty("http").GetProperty("response").GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task FailedCondition_IsAnErrorSubsegment()
    {
        client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ConditionalCheckFailedException("The conditional request failed") { StatusCode = HttpStatusCode.BadRequest });
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new GetItemResponse());

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("create-event.json"), Context(sampled: true));

        using var put = await ReceiveAsync();
        Assert.Equal(
            ("PutItem", true, 400),
            (put.RootElement.GetProperty("aws").GetProperty("operation").GetString(), put.RootElement.GetProperty("error").GetBoolean(),
             put.RootElement.GetProperty("http").GetProperty("response").GetProperty("status").GetInt32()));
    }

    [Fact]
    public async Task Throttling_IsAThrottleSubsegment()
    {
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("Rate exceeded") { StatusCode = HttpStatusCode.BadRequest });

        var response = await harness.InvokeRoutedAsync(ProxyEventSamples.Read("get-event.json"), Context(sampled: true));

        using var subsegment = await ReceiveAsync();
        Assert.Equal(503, response.StatusCode);
        Assert.True(subsegment.RootElement.GetProperty("throttle").GetBoolean());
    }

    [Fact]
    public async Task UnsampledInvocation_SendsNoSubsegment()
    {
        client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(new GetItemResponse());

        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("get-event.json"), Context(sampled: false));

        Assert.Equal(0, daemonSocket.Available);
        await harness.InvokeRoutedAsync(ProxyEventSamples.Read("get-event.json"), Context(sampled: true));
        using var sampled = await ReceiveAsync();
        Assert.Equal(0, daemonSocket.Available);
    }

    public void Dispose()
    {
        daemon.Dispose();
        daemonSocket.Dispose();
    }

    private static LambdaContext Context(bool sampled) => new(
        Guid.NewGuid().ToString("D"),
        "arn:aws:lambda:us-east-1:123456789012:function:GetEvent:live",
        DateTimeOffset.UtcNow.AddSeconds(10),
        $"Root={Root};Parent={Parent};Sampled={(sampled ? 1 : 0)}",
        new LambdaFunctionEnvironment("GetEvent", "1", 512, "/aws/lambda/GetEvent", "stream"));

    private async Task<JsonDocument> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var datagram = await daemonSocket.ReceiveAsync(timeout.Token);
        var text = Encoding.UTF8.GetString(datagram.Buffer);
        return JsonDocument.Parse(text[(text.IndexOf('\n', StringComparison.Ordinal) + 1)..]);
    }
}

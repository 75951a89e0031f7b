using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Configuration;
using EventFunctions.Data;

namespace EventFunctions.Benchmarks.WarmPath;

/// <summary>
/// One warm invocation of each generated handler (sample event bytes in, response stream out) next to its floor:
/// deserializing the same proxy event and serializing the same proxy response with <see cref="AnnotationsJsonContext"/>.
/// The handlers run over the production services (<see cref="EventFunctionsServices"/>, as Lambda runs them) with
/// DynamoDB answered by <see cref="CannedDynamoDb"/> and the log record written to a null stream. CreateEvent runs
/// twice: as sent without <c>Idempotency-Key</c>, and with one (the claim's PutItem and the completion's UpdateItem on
/// the records table around the event's PutItem, canned like the rest: every iteration is a first request). GetEvent
/// also runs with a sampled Lambda context, without and with an X-Ray daemon (a UDP socket on 127.0.0.1 nobody reads):
/// what sending its DynamoDB subsegment costs.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class HandlerBenchmarks : IDisposable
{
    private readonly Dictionary<string, Case> cases = [];
    private CannedDynamoDb? dynamoDb;
    private System.Net.Sockets.UdpClient? daemonSocket;
    private XRayDaemon? daemon;

    [GlobalSetup]
    public void Setup()
    {
        dynamoDb = new CannedDynamoDb();
        var store = EventFunctionsServices.CreateEventStore(dynamoDb, new EventStoreOptions { TableName = "events" }, TimeProvider.System);
        var idempotency = EventFunctionsServices.CreateIdempotencyStore(dynamoDb, new FunctionSettings("events", null), TimeProvider.System);
        var services = new WithSilentLog(new EventFunctionsServices(store, idempotency), xray: null);
        daemonSocket = new System.Net.Sockets.UdpClient(new System.Net.IPEndPoint(System.Net.IPAddress.Loopback, 0));
        daemon = new XRayDaemon((System.Net.IPEndPoint)daemonSocket.Client.LocalEndPoint!, "us-east-1");
        var traced = new WithSilentLog(new EventFunctionsServices(store, idempotency), daemon);

        Add("ListEvents", new Functions_ListEvents_Generated(services), "list-events-by-status.json", 200);
        Add("GetEvent", new Functions_GetEvent_Generated(services), "get-event.json", 200);
        Add("GetEventSampled", new Functions_GetEvent_Generated(services), Sample("get-event.json"), 200, SampledContext());
        Add("GetEventTraced", new Functions_GetEvent_Generated(traced), Sample("get-event.json"), 200, SampledContext());
        Add("CreateEvent", new Functions_CreateEvent_Generated(services), "create-event.json", 201);
        Add("CreateEventKeyed", new Functions_CreateEvent_Generated(services), Keyed("create-event.json"), 201);
        Add("UpdateEvent", new Functions_UpdateEvent_Generated(services), "update-event.json", 200);
        Add("DeleteEvent", new Functions_DeleteEvent_Generated(services), "delete-event.json", 204);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        dynamoDb?.Dispose();
        dynamoDb = null;
        daemon?.Dispose();
        daemonSocket?.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true, Description = "floor"), BenchmarkCategory("ListEvents")]
    public Stream ListEventsFloor() => Floor(cases["ListEvents"]);

    [Benchmark(Description = "handler"), BenchmarkCategory("ListEvents")]
    public Task<Stream> ListEvents() => Handle(cases["ListEvents"]);

    [Benchmark(Baseline = true, Description = "floor"), BenchmarkCategory("GetEvent")]
    public Stream GetEventFloor() => Floor(cases["GetEvent"]);

    [Benchmark(Description = "handler"), BenchmarkCategory("GetEvent")]
    public Task<Stream> GetEvent() => Handle(cases["GetEvent"]);

    [Benchmark(Description = "handler, sampled context"), BenchmarkCategory("GetEvent")]
    public Task<Stream> GetEventSampled() => Handle(cases["GetEventSampled"]);

    [Benchmark(Description = "handler, sampled context, X-Ray subsegment sent"), BenchmarkCategory("GetEvent")]
    public Task<Stream> GetEventTraced() => Handle(cases["GetEventTraced"]);

    [Benchmark(Baseline = true, Description = "floor"), BenchmarkCategory("CreateEvent")]
    public Stream CreateEventFloor() => Floor(cases["CreateEvent"]);

    [Benchmark(Description = "handler"), BenchmarkCategory("CreateEvent")]
    public Task<Stream> CreateEvent() => Handle(cases["CreateEvent"]);

    [Benchmark(Description = "handler, Idempotency-Key"), BenchmarkCategory("CreateEvent")]
    public Task<Stream> CreateEventWithIdempotencyKey() => Handle(cases["CreateEventKeyed"]);

    [Benchmark(Baseline = true, Description = "floor"), BenchmarkCategory("UpdateEvent")]
    public Stream UpdateEventFloor() => Floor(cases["UpdateEvent"]);

    [Benchmark(Description = "handler"), BenchmarkCategory("UpdateEvent")]
    public Task<Stream> UpdateEvent() => Handle(cases["UpdateEvent"]);

    [Benchmark(Baseline = true, Description = "floor"), BenchmarkCategory("DeleteEvent")]
    public Stream DeleteEventFloor() => Floor(cases["DeleteEvent"]);

    [Benchmark(Description = "handler"), BenchmarkCategory("DeleteEvent")]
    public Task<Stream> DeleteEvent() => Handle(cases["DeleteEvent"]);

    /// <summary>The least a stream handler does: read the proxy event, write the proxy response.</summary>
    private static MemoryStream Floor(Case test)
    {
        using var input = new MemoryStream(test.Event, writable: false);
        var request = JsonSerializer.Deserialize(input, AnnotationsJsonContext.Default.APIGatewayProxyRequest);
        GC.KeepAlive(request);
        var output = new MemoryStream();
        JsonSerializer.Serialize(output, test.Response, AnnotationsJsonContext.Default.APIGatewayProxyResponse);
        output.Position = 0;
        return output;
    }

    private static async Task<Stream> Handle(Case test)
    {
        using var input = new MemoryStream(test.Event, writable: false);
        return test.Context is null ? await test.Handler.FunctionHandler(input) : await test.Handler.FunctionHandler(input, test.Context);
    }

    /// <summary>A context whose deadline never comes during a run, in a trace Lambda sampled.</summary>
    private static LambdaContext SampledContext() => new(
        "9d357ce2-d4dd-4c2e-b68c-8ff68088ca33",
        "arn:aws:lambda:us-east-1:123456789012:function:GetEvent:live",
        DateTimeOffset.UtcNow.AddDays(1),
        "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
        new LambdaFunctionEnvironment("GetEvent", "1", 512, "/aws/lambda/GetEvent", "stream"));

    private static byte[] Sample(string sample) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "events-samples", sample));

    /// <summary>The sample with an <c>Idempotency-Key</c> header in both header maps, as API Gateway fills them.</summary>
    private static byte[] Keyed(string sample)
    {
        var proxyEvent = System.Text.Json.Nodes.JsonNode.Parse(Sample(sample))!.AsObject();
        const string Key = "8e03978e-40d5-43e8-bc93-6894a57f9324";
        proxyEvent["headers"]!["Idempotency-Key"] = Key;
        proxyEvent["multiValueHeaders"]!["Idempotency-Key"] = new System.Text.Json.Nodes.JsonArray(Key);
        return System.Text.Encoding.UTF8.GetBytes(proxyEvent.ToJsonString());
    }

    private void Add(string name, ILambdaStreamHandler handler, string sample, int expectedStatus) =>
        Add(name, handler, Sample(sample), expectedStatus);

    private void Add(string name, ILambdaStreamHandler handler, byte[] eventBytes, int expectedStatus, ILambdaContext? context = null)
    {
        var input = new MemoryStream(eventBytes);
        using var output = (context is null ? handler.FunctionHandler(input) : handler.FunctionHandler(input, context)).GetAwaiter().GetResult();
        var response = JsonSerializer.Deserialize(output, AnnotationsJsonContext.Default.APIGatewayProxyResponse)!;
        if (response.StatusCode != expectedStatus)
        {
            throw new InvalidOperationException($"{name} answered {response.StatusCode}, expected {expectedStatus}: {response.Body}");
        }

        cases[name] = new Case(handler, eventBytes, response, context);
    }

    private sealed record Case(ILambdaStreamHandler Handler, byte[] Event, APIGatewayProxyResponse Response, ILambdaContext? Context = null);

    /// <summary>The production services, with the invocation log record written, as in production, to a (null) stream.</summary>
    private sealed class WithSilentLog(IServiceProvider services, XRayDaemon? xray) : IServiceProvider
    {
        private readonly InvocationLog log = new(Stream.Null);

        public object? GetService(Type serviceType) =>
            serviceType == typeof(InvocationLog) ? log
            : serviceType == typeof(XRayDaemon) ? xray
            : services.GetService(serviceType);
    }
}

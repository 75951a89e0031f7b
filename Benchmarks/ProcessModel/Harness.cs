using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Benchmarks.ColdStartFloor;
using EventFunctions.Data;
using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>
/// What both measurements share: one dynalite with the table, the functions' environment variables as the gateway
/// sets them, and <see cref="LambdaFunction"/>s (the gateway's own per-function pool of execution environments) over
/// a published folder, in either runtime mode. Disposing stops every environment and dynalite, by their handles.
/// </summary>
internal sealed class Harness : IAsyncDisposable
{
    public const string TableName = "events-process-model";

    public const string FloorAssembly = "EventFunctions.Benchmarks.ColdStartFloor";

    private readonly DynaliteServer dynalite;
    private readonly WorkFolder work = WorkFolder.Create();
    private readonly List<LambdaFunction> functions = [];
    private readonly FunctionManifest manifest = FunctionManifest.Load(typeof(Functions_GetEvent_Generated).Assembly);
    private readonly LogConsole console = new(TextWriter.Null);
    private readonly byte[] getEvent;
    private readonly string createEvent;

    // FunctionCode versions point at the publish folders themselves: never disposed (that would delete the folder).
    private readonly List<FunctionCode> versions = [];

    private Harness(DynaliteServer dynalite, RunnerOptions options)
    {
        this.dynalite = dynalite;
        Variables = FunctionEnvironment.Variables(
            new GatewayOptions { TableName = TableName }, new Uri(dynalite.ServiceUrl), ownDynamo: true, _ => null);
        getEvent = File.ReadAllBytes(Path.Combine(options.SamplesDirectory, "get-event.json"));
        createEvent = File.ReadAllText(Path.Combine(options.SamplesDirectory, "create-event.json"));
    }

    /// <summary>The functions' configuration (table, endpoint, region, fake credentials), as every environment gets it.</summary>
    public IReadOnlyDictionary<string, string> Variables { get; }

    public static async Task<Harness> StartAsync(RunnerOptions options)
    {
        var dynalite = await DynaliteServer.StartAsync();
        try
        {
            using var client = dynalite.CreateClient();
            await EventTable.EnsureCreatedAsync(client, TableName, CancellationToken.None);
            return new Harness(dynalite, options);
        }
        catch
        {
            dynalite.Dispose();
            throw;
        }
    }

    /// <summary>The GetEvent sample event (its target is the create sample's id, seeded first).</summary>
    public byte[] GetEventPayload() => getEvent;

    /// <summary>The CreateEvent sample; with <paramref name="freshId"/> a new <c>eventId</c> in its body, so it really creates.</summary>
    public byte[] CreateEventPayload(bool freshId = true)
    {
        var proxyEvent = JsonNode.Parse(createEvent)!;
        if (freshId)
        {
            var body = JsonNode.Parse(proxyEvent["body"]!.GetValue<string>())!;
            body["eventId"] = "cold-" + Guid.NewGuid().ToString("N");
            proxyEvent["body"] = body.ToJsonString();
        }

        return JsonSerializer.SerializeToUtf8Bytes(proxyEvent);
    }

    public FunctionDescriptor Function(string name) => manifest.Functions.Single(f => f.Name == name);

    /// <summary>A floor function: <paramref name="method"/> is what executable mode picks it by (<c>ANNOTATIONS_HANDLER</c>).</summary>
    public FunctionDescriptor Floor(string method)
    {
        var like = Function("GetEvent");
        return like with
        {
            Name = method,
            Method = method,
            Handler = method == "Noop" ? NoopHandler.HandlerString : FloorHandler.HandlerString,
            Path = "/" + method.ToLowerInvariant(),
            DynamoDbActions = [],
            Parameters = [],
            Body = null,
        };
    }

    /// <summary>
    /// A function over <paramref name="folder"/> in <paramref name="mode"/>, with one environment at most; optionally with
    /// variables on top of the functions' (<paramref name="extra"/>) and its environments in a cgroup v1 cpu directory.
    /// </summary>
    public LambdaFunction Start(
        FunctionDescriptor function, RuntimeMode mode, string assemblyName, string folder,
        IReadOnlyDictionary<string, string>? extra = null, string? cpuCgroup = null)
    {
        var variables = extra is null ? Variables : Variables.Concat(extra).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        // Text: LogReport reads the figures from the REPORT text line.
        var settings = new EnvironmentSettings(
            function, mode, assemblyName, NewCode(folder), variables, work.Path, console, cpuCgroup, new LoggingConfig(LogFormat.Text));
        var lambda = new LambdaFunction(settings, maxEnvironments: 1);
        functions.Add(lambda);
        return lambda;
    }

    /// <summary>The same folder as a new code version: deploying it replaces the idle environment (the next invoke is cold).</summary>
    public FunctionCode NewCode(string folder)
    {
        var code = new FunctionCode(folder, versions.Count + 1);
        versions.Add(code);
        return code;
    }

    /// <summary>The status code of a proxy response (200 for the floors' <c>{"statusCode":200}</c>).</summary>
    public static int StatusOf(byte[] payload)
    {
        using var document = JsonDocument.Parse(payload);
        return document.RootElement.GetProperty("statusCode").GetInt32();
    }

    public async ValueTask DisposeAsync()
    {
        await Task.WhenAll(functions.Select(f => f.DisposeAsync().AsTask()));
        dynalite.Dispose();
        work.Dispose();
    }
}

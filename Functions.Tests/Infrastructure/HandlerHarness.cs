using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Configuration;
using EventFunctions.Data;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>
/// The generated handlers over the real service wiring, with the event store replaced by a strict mock
/// (or a real store), a captured log and the default CORS policy.
/// </summary>
internal sealed class HandlerHarness
{
    private readonly IServiceProvider services;

    public HandlerHarness(IEventStore? store = null, params string[] corsOrigins)
        : this(store, idempotency: null, corsOrigins)
    {
    }

    /// <summary>Also with <paramref name="idempotency"/> in place of the DynamoDB idempotency store, when given.</summary>
    public HandlerHarness(IEventStore? store, IIdempotencyStore? idempotency, params string[] corsOrigins)
        : this(store, idempotency, xray: null, corsOrigins)
    {
    }

    /// <summary>With <paramref name="store"/>, sending the invocations' subsegments to <paramref name="xray"/>.</summary>
    public HandlerHarness(IEventStore store, XRayDaemon xray)
        : this(store, idempotency: null, xray, [])
    {
    }

    private HandlerHarness(IEventStore? store, IIdempotencyStore? idempotency, XRayDaemon? xray, string[] corsOrigins)
    {
        // The real wiring; its client points at a closed local port and is never used, the store is replaced.
        var collection = new ServiceCollection().AddEventFunctions(new FunctionSettings("events", new Uri("http://127.0.0.1:9")));
        collection.AddSingleton(store ?? Store.Object);
        if (idempotency is not null)
        {
            collection.AddSingleton(idempotency);
        }

        collection.AddSingleton(new InvocationLog(Log));
        if (xray is not null)
        {
            collection.AddSingleton(xray);
        }
        collection.AddSingleton(new CorsPolicy(corsOrigins.Length == 0 ? ["*"] : corsOrigins));
        services = collection.BuildServiceProvider();
    }

    public Mock<IEventStore> Store { get; } = new(MockBehavior.Strict);

    /// <summary>Everything the invocations wrote: per invocation its record, then its metrics line.</summary>
    public StringWriter Log { get; } = new();

    /// <summary>The invocation records written so far, in order (the lines that are not metrics).</summary>
    public IReadOnlyList<JsonElement> LogRecords => [.. LogLines().Where(line => !line.TryGetProperty("_aws", out _))];

    /// <summary>The Embedded Metric Format lines written so far, in order.</summary>
    public IReadOnlyList<JsonElement> MetricLines => [.. LogLines().Where(line => line.TryGetProperty("_aws", out _))];

    private IEnumerable<JsonElement> LogLines() =>
        Log.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone());

    public Task<ProxyResponse> InvokeAsync<THandler>(string eventJson)
        where THandler : ILambdaStreamHandler =>
        InvokeAsync((ILambdaStreamHandler)Activator.CreateInstance(typeof(THandler), services)!, eventJson);

    /// <summary>Picks the handler for the event's method and resource from the function manifest, as the gateway does.</summary>
    public Task<ProxyResponse> InvokeRoutedAsync(string eventJson) => InvokeAsync(Routed(eventJson), eventJson);

    /// <summary>As <see cref="InvokeRoutedAsync(string)"/>, with the Lambda context the Runtime API loop passes.</summary>
    public Task<ProxyResponse> InvokeRoutedAsync(string eventJson, ILambdaContext context) => InvokeAsync(Routed(eventJson), eventJson, context);

    private ILambdaStreamHandler Routed(string eventJson)
    {
        var proxyEvent = System.Text.Json.Nodes.JsonNode.Parse(eventJson)!;
        var function = FunctionRoutes.Find(proxyEvent["httpMethod"]!.GetValue<string>(), proxyEvent["resource"]!.GetValue<string>());
        return (ILambdaStreamHandler)Activator.CreateInstance(function, services)!;
    }

    private static async Task<ProxyResponse> InvokeAsync(ILambdaStreamHandler handler, string eventJson, ILambdaContext? context = null)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(eventJson));
        await using var output = context is null ? await handler.FunctionHandler(input) : await handler.FunctionHandler(input, context);
        return DeclaredResponses.Checked(handler.GetType(), await ProxyResponse.ReadAsync(output));
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Faults;

/// <summary>
/// The production client configuration (DynamoDbClientFactory) against an endpoint that throttles, fails,
/// hangs, resets or is not there: every function answers 503 with Retry-After, never 500, and within
/// <see cref="Bound"/>: the store's operation deadline plus 3 s of slack, still under the 10 s Lambda timeout.
/// </summary>
public sealed class DataStoreFaultTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = DynamoDbClientFactory.OperationDeadline + TimeSpan.FromSeconds(3);

    private static readonly string[] Samples =
    [
        "list-events.json", "list-events-by-status.json", "get-event.json", "create-event.json", "update-event.json", "delete-event.json",
    ];

    /// <summary>The writes, each with an Idempotency-Key: their claim is the first request to fail.</summary>
    private static readonly string[] KeyedSamples = ["create-event.json", "update-event.json", "delete-event.json"];

    public static TheoryData<DynamoDbFault> Faults() =>
        [DynamoDbFault.Throttle, DynamoDbFault.ServerError, DynamoDbFault.Unavailable, DynamoDbFault.Hang, DynamoDbFault.Reset];

    private static ServiceProvider Services(Uri endpoint) => new ServiceCollection()
        .AddEventFunctions(new FunctionSettings("events", endpoint))
        .AddSingleton(new InvocationLog(TextWriter.Null))
        .BuildServiceProvider();

    /// <summary>
    /// The handlers over one set of services; the keyed ones over a set each, as each function has its own execution
    /// environment: their claim has no deadline of its own, so sharing one client's connections would queue them.
    /// </summary>
    private static ILambdaStreamHandler[] Handlers(Uri endpoint, string[] samples, bool ownServices)
    {
        var shared = Services(endpoint);
        return [.. samples.Select(sample => Handler(sample, ownServices ? Services(endpoint) : shared))];
    }

    private static ILambdaStreamHandler Handler(string sample, IServiceProvider services)
    {
        var proxyEvent = ProxyEventSamples.Edit(sample);
        var type = FunctionRoutes.Find(proxyEvent["httpMethod"]!.GetValue<string>(), proxyEvent["resource"]!.GetValue<string>());
        return (ILambdaStreamHandler)Activator.CreateInstance(type, services)!;
    }

    private async Task AssertEveryFunctionAnswers503Within(Uri endpoint, string what, string? idempotencyKey = null)
    {
        var samples = idempotencyKey is null ? Samples : KeyedSamples;
        var handlers = Handlers(endpoint, samples, ownServices: idempotencyKey is not null);
        var clock = Stopwatch.StartNew();

        var responses = await Task.WhenAll(samples.Zip(handlers, async (sample, handler) =>
        {
            var proxyEvent = ProxyEventSamples.Edit(sample);
            if (idempotencyKey is not null)
            {
                proxyEvent.WithHeader("Idempotency-Key", idempotencyKey);
            }

            using var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(proxyEvent.ToJsonString()));
            return (Sample: sample, Response: await ProxyResponse.ReadAsync(await handler.FunctionHandler(input)));
        }));

        clock.Stop();
        Assert.All(responses, r =>
        {
            Assert.True(r.Response.StatusCode == 503, $"{r.Sample}: {r.Response.StatusCode} {r.Response.Body}");
            Assert.True(int.TryParse(r.Response.Header("Retry-After"), out var seconds) && seconds > 0, r.Sample);
            Assert.DoesNotContain("injected", r.Response.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", r.Response.Body, StringComparison.Ordinal);
        });
        Assert.True(clock.Elapsed < Bound, $"{what}: {clock.Elapsed.TotalSeconds:F1} s exceeds the {Bound.TotalSeconds} s bound");
        output.WriteLine($"[tally] fault {what}: {responses.Length} functions answered 503 in {clock.Elapsed.TotalSeconds:F1} s (bound {Bound.TotalSeconds} s)");
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EndpointFault_EveryFunctionAnswers503WithRetryAfterWithinTheBound(DynamoDbFault fault)
    {
        await using var endpoint = new FaultyDynamoDbEndpoint(fault);

        await AssertEveryFunctionAnswers503Within(endpoint.Url, fault.ToString());

        Assert.True(endpoint.Requests >= Samples.Length, $"{endpoint.Requests} requests");
        output.WriteLine($"[tally] fault {fault}: {endpoint.Requests} requests injected");
    }

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task EndpointFault_EveryKeyedWriteAnswers503WithRetryAfterWithinTheBound(DynamoDbFault fault)
    {
        await using var endpoint = new FaultyDynamoDbEndpoint(fault);

        await AssertEveryFunctionAnswers503Within(endpoint.Url, fault + " keyed", idempotencyKey: "8e03978e-40d5-43e8-bc93-6894a57f9324");

        Assert.True(endpoint.Requests >= KeyedSamples.Length, $"{endpoint.Requests} requests");
    }

    [Fact]
    public async Task NothingListening_EveryFunctionAnswers503WithRetryAfterWithinTheBound()
    {
        using var reserved = new TcpListener(IPAddress.Loopback, 0);
        reserved.Start();
        var port = ((IPEndPoint)reserved.LocalEndpoint).Port;
        reserved.Stop();

        await AssertEveryFunctionAnswers503Within(new Uri($"http://127.0.0.1:{port}"), "Refused");
    }
}

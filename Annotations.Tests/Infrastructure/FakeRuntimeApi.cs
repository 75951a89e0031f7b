using System.Collections.Concurrent;
using System.Globalization;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>
/// A Lambda Runtime API (2018-06-01) on 127.0.0.1 and a free port: serves the queued invocations on
/// <c>invocation/next</c> (long-polling while there are none) and records every response, error and init error.
/// </summary>
public sealed class FakeRuntimeApi : IAsyncDisposable
{
    private const string Base = "/2018-06-01/runtime";

    private readonly WebApplication app;
    private readonly Channel<FakeInvocation> invocations = Channel.CreateUnbounded<FakeInvocation>();
    private readonly Channel<RuntimeApiPost> posts = Channel.CreateUnbounded<RuntimeApiPost>();
    private readonly ConcurrentQueue<int> responseAnswers = new();

    private FakeRuntimeApi(WebApplication app)
    {
        this.app = app;
        app.MapGet(Base + "/invocation/next", NextAsync);
        app.MapPost(Base + "/invocation/{id}/response", (string id, HttpContext http) => RecordAsync(RuntimeApiPostKind.Response, id, http));
        app.MapPost(Base + "/invocation/{id}/error", (string id, HttpContext http) => RecordAsync(RuntimeApiPostKind.Error, id, http));
        app.MapPost(Base + "/init/error", (HttpContext http) => RecordAsync(RuntimeApiPostKind.InitError, null, http));
    }

    /// <summary>What <c>AWS_LAMBDA_RUNTIME_API</c> is set to.</summary>
    public string HostAndPort { get; private set; } = string.Empty;

    /// <summary>Anything but 200 makes <c>next</c> answer with that status instead of an invocation.</summary>
    public int NextStatus { get; set; } = StatusCodes.Status200OK;

    public static async Task<FakeRuntimeApi> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var api = new FakeRuntimeApi(builder.Build());
        await api.app.StartAsync();
        var address = new Uri(api.app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        api.HostAndPort = $"127.0.0.1:{address.Port.ToString(CultureInfo.InvariantCulture)}";
        return api;
    }

    public void Enqueue(FakeInvocation invocation) => invocations.Writer.TryWrite(invocation);

    /// <summary>The status the next response post gets (one per call); without one queued, 202.</summary>
    public void AnswerNextResponseWith(int status) => responseAnswers.Enqueue(status);

    /// <summary>The next post the runtime made, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<RuntimeApiPost> NextPostAsync(TimeSpan? timeout = null)
    {
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        return await posts.Reader.ReadAsync(limit.Token);
    }

    public async ValueTask DisposeAsync()
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await app.StopAsync(limit.Token);
        await app.DisposeAsync();
    }

    private async Task NextAsync(HttpContext http)
    {
        if (NextStatus != StatusCodes.Status200OK)
        {
            http.Response.StatusCode = NextStatus;
            await http.Response.WriteAsync("{\"errorMessage\":\"container error\",\"errorType\":\"Fake\"}", http.RequestAborted);
            return;
        }

        FakeInvocation invocation;
        try
        {
            invocation = await invocations.Reader.ReadAsync(http.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        var headers = http.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = invocation.InvokedFunctionArn;
        if (invocation.TraceId is { } trace)
        {
            headers["Lambda-Runtime-Trace-Id"] = trace;
        }

        if (invocation.ClientContext is { } client)
        {
            headers["Lambda-Runtime-Client-Context"] = client;
        }

        if (invocation.CognitoIdentity is { } cognito)
        {
            headers["Lambda-Runtime-Cognito-Identity"] = cognito;
        }

        http.Response.ContentType = "application/json";
        await http.Response.Body.WriteAsync(invocation.Payload);
    }

    private async Task RecordAsync(RuntimeApiPostKind kind, string? requestId, HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var status = kind == RuntimeApiPostKind.Response && responseAnswers.TryDequeue(out var answer) ? answer : StatusCodes.Status202Accepted;
        posts.Writer.TryWrite(new RuntimeApiPost(
            kind,
            requestId,
            body.ToArray(),
            http.Request.Headers["Lambda-Runtime-Function-Error-Type"].FirstOrDefault(),
            http.Request.ContentType));
        http.Response.StatusCode = status;
        await http.Response.WriteAsync(status == StatusCodes.Status202Accepted ? "{\"status\":\"OK\"}" : "{\"errorMessage\":\"refused\",\"errorType\":\"Fake\"}");
    }
}

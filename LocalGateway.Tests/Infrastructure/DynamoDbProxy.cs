using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>One DynamoDB call as the proxy sees it: the operation (<c>UpdateItem</c>) and the table it names.</summary>
internal readonly record struct DynamoDbCall(string Operation, string? TableName);

/// <summary>
/// An HTTP proxy on 127.0.0.1 in front of a DynamoDB endpoint. It forwards every call, byte for byte, except the ones
/// <see cref="Hold"/> picks: those it never forwards and never answers, as a function that dies in the middle of the
/// call leaves it; the caller sees no answer until it gives up (or is killed). Disposing stops it.
/// </summary>
internal sealed class DynamoDbProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Content-Length", "Transfer-Encoding", "Expect", "Keep-Alive",
    };

    private readonly WebApplication app;
    private readonly HttpClient target;
    private readonly CancellationTokenSource stopping = new();
    private int held;

    private DynamoDbProxy(WebApplication app, Uri targetUrl)
    {
        this.app = app;
        target = new HttpClient(new SocketsHttpHandler { UseProxy = false, AutomaticDecompression = DecompressionMethods.None })
        {
            BaseAddress = targetUrl,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        ServiceUrl = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>Where the functions send their calls instead of the target.</summary>
    public Uri ServiceUrl { get; }

    /// <summary>Which calls to hold; <c>null</c> (the default) forwards everything.</summary>
    public Func<DynamoDbCall, bool>? Hold { get; set; }

    /// <summary>Which calls to refuse: the connection is closed at once, unanswered, as by an endpoint that is down.</summary>
    public Func<DynamoDbCall, bool>? Refuse { get; set; }

    /// <summary>How many calls the proxy has held so far.</summary>
    public int HeldCount => Volatile.Read(ref held);

    public static async Task<DynamoDbProxy> StartAsync(Uri targetUrl)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        DynamoDbProxy? proxy = null;
        app.Run(context => proxy!.ForwardAsync(context));
        await app.StartAsync();
        proxy = new DynamoDbProxy(app, targetUrl);
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        await app.StopAsync();
        await app.DisposeAsync();
        target.Dispose();
        stopping.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
        var body = buffer.ToArray();
        if (Refuse is { } refuse && refuse(CallOf(context.Request, body)))
        {
            context.Abort();
            return;
        }

        if (Hold is { } hold && hold(CallOf(context.Request, body)))
        {
            Interlocked.Increment(ref held);
            using var gone = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, stopping.Token);
            await Task.Delay(Timeout.InfiniteTimeSpan, gone.Token).ContinueWith(_ => { }, TaskScheduler.Default);
            context.Abort();
            return;
        }

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), context.Request.Path + context.Request.QueryString)
        {
            Content = new ByteArrayContent(body),
        };
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!HopByHop.Contains(name) && !request.Headers.TryAddWithoutValidation(name, [.. values]))
            {
                request.Content.Headers.TryAddWithoutValidation(name, [.. values]);
            }
        }

        using var response = await target.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!HopByHop.Contains(name))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }

    /// <summary>The operation is the <c>X-Amz-Target</c> header's last part; the table, the body's <c>TableName</c>.</summary>
    private static DynamoDbCall CallOf(HttpRequest request, byte[] body)
    {
        var target = request.Headers["X-Amz-Target"].ToString();
        var operation = target[(target.LastIndexOf('.') + 1)..];
        try
        {
            using var document = JsonDocument.Parse(body);
            return new DynamoDbCall(
                operation,
                document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("TableName", out var table)
                    ? table.GetString()
                    : null);
        }
        catch (JsonException)
        {
            return new DynamoDbCall(operation, null);
        }
    }
}

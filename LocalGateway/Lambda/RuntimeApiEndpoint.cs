using System.Net;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// The Lambda Runtime API (2018-06-01) of one execution environment, on its own 127.0.0.1 port: what the
/// environment's <c>AWS_LAMBDA_RUNTIME_API</c> names, as each Lambda sandbox has its own. Its answers to a runtime
/// that misbehaves are Lambda's: 400 <c>InvalidRequestID</c>, 403 <c>InvalidStateTransition</c>,
/// 413 <c>RequestEntityTooLarge</c>.
/// </summary>
internal sealed class RuntimeApiEndpoint : IAsyncDisposable
{
    public const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";

    private readonly WebApplication app;

    private RuntimeApiEndpoint(WebApplication app)
    {
        this.app = app;
        var address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        HostAndPort = $"{address.Host}:{address.Port}";
    }

    /// <summary>The value of <c>AWS_LAMBDA_RUNTIME_API</c>: <c>127.0.0.1:PORT</c>.</summary>
    public string HostAndPort { get; }

    public static async Task<RuntimeApiEndpoint> StartAsync(IRuntimeApi runtime, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(RuntimeApiEndpoint).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0);
            kestrel.AddServerHeader = false;
        });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        const string Prefix = "/2018-06-01/runtime";
        app.MapGet($"{Prefix}/invocation/next", runtime.NextAsync);
        app.MapPost($"{Prefix}/invocation/{{requestId}}/response", (HttpContext context, string requestId) => runtime.ResponseAsync(context, requestId));
        app.MapPost($"{Prefix}/invocation/{{requestId}}/error", (HttpContext context, string requestId) => runtime.ErrorAsync(context, requestId));
        app.MapPost($"{Prefix}/init/error", runtime.InitErrorAsync);
        await app.StartAsync(cancellationToken);
        return new RuntimeApiEndpoint(app);
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await app.StopAsync(stop.Token);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }

    public static Task AcceptedAsync(HttpContext context) =>
        JsonResponse.WriteAsync(context, StatusCodes.Status202Accepted, new JsonObject { ["status"] = "OK" });

    public static Task InvalidRequestIdAsync(HttpContext context) => ErrorAsync(
        context, StatusCodes.Status400BadRequest, "InvalidRequestID", "Invalid request ID");

    public static Task InvalidStateTransitionAsync(HttpContext context, string from, string to) => ErrorAsync(
        context, StatusCodes.Status403Forbidden, "InvalidStateTransition",
        $"State transition from {from} to {to} failed for runtime. Error: State transition is not allowed");

    public static Task RequestEntityTooLargeAsync(HttpContext context) => ErrorAsync(
        context, StatusCodes.Status413PayloadTooLarge, "RequestEntityTooLarge",
        $"Exceeded maximum allowed payload size ({FunctionError.MaxResponseBytes} bytes).");

    /// <summary>The <c>Lambda-Runtime-Function-Error-Type</c> a runtime sent with an error, if any.</summary>
    public static string? ErrorType(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Headers[ErrorTypeHeader].ToString() is { Length: > 0 } type ? type : null;
    }

    /// <summary>Reads a posted body, keeping at most <see cref="FunctionError.MaxResponseBytes"/>; the size is always the whole body's.</summary>
    public static async Task<(byte[]? Body, long Size)> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        long size = 0;
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            size += read;
            if (size <= FunctionError.MaxResponseBytes)
            {
                buffer.Write(chunk, 0, read);
            }
        }

        return (size <= FunctionError.MaxResponseBytes ? buffer.ToArray() : null, size);
    }

    private static Task ErrorAsync(HttpContext context, int status, string errorType, string message) =>
        JsonResponse.WriteAsync(context, status, new JsonObject { ["errorMessage"] = message, ["errorType"] = errorType });
}

/// <summary>The runtime-facing side of an execution environment: what its Runtime API routes do.</summary>
internal interface IRuntimeApi
{
    Task NextAsync(HttpContext context);

    Task ResponseAsync(HttpContext context, string requestId);

    Task ErrorAsync(HttpContext context, string requestId);

    Task InitErrorAsync(HttpContext context);
}

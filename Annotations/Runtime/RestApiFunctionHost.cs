using System.Buffers;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.RuntimeApi;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Runs one REST API function per invocation: reads the proxy event, opens a DI scope (when the services come from a
/// container), calls the generated binding code, maps escaped exceptions, adds CORS, writes one log record and the
/// proxy response.
/// Nothing escapes <c>HandleAsync</c>: every outcome is a proxy response.
/// </summary>
public sealed class RestApiFunctionHost
{
    private readonly RestApiFunctionInfo function;
    private readonly IServiceProvider services;
    private readonly IServiceScopeFactory? scopes;
    private readonly Lazy<JsonSerializerOptions> bodySerializerOptions;
    private readonly CorsPolicy cors;
    private readonly InvocationLog log;
    private readonly XRayDaemon? xray;
    private readonly string route;
    private readonly IHttpResultExceptionMapper[] exceptionMappers;
    private readonly IdempotencyGuard? idempotency;

    public RestApiFunctionHost(RestApiFunctionInfo function, IServiceProvider services, IJsonTypeInfoResolver? bodyTypes)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(services);
        this.function = function;
        this.services = services;
        scopes = services.GetService<IServiceScopeFactory>();
        bodySerializerOptions = new(() => CreateBodySerializerOptions(bodyTypes));
        cors = services.GetService<CorsPolicy>() ?? CorsPolicy.FromEnvironment();
        log = services.GetService<InvocationLog>() ?? InvocationLog.Console;
        xray = services.GetService<XRayDaemon>() ?? XRayDaemon.Configured;
        route = function.HttpMethod + " " + function.PathTemplate;
        exceptionMappers = [.. services.GetService<IEnumerable<IHttpResultExceptionMapper>>() ?? []];
        if (function.Idempotent)
        {
            var store = services.GetService<IIdempotencyStore>()
                ?? throw new InvalidOperationException(
                    $"{function.Name} is [Idempotent], but the services provide no {nameof(IIdempotencyStore)}.");
            idempotency = new IdempotencyGuard(store, services.GetService<TimeProvider>() ?? TimeProvider.System, function.Timeout);
        }
    }

    /// <summary>An invocation without a Lambda context: the managed runtime calling <c>FunctionHandler(Stream)</c>.</summary>
    public Task<Stream> HandleAsync(Stream input, Func<RestApiInvocation, Task<IHttpResult>> invoke) =>
        HandleAsync(input, context: null, invoke);

    /// <summary>
    /// An invocation with its Lambda context, which is <see cref="LambdaContext.Current"/> while it runs (services
    /// such as the store's deadline read it there), as its <see cref="InvocationTelemetry"/> is
    /// <see cref="InvocationTelemetry.Current"/>.
    /// </summary>
    [SuppressMessage("Design", "CA1031", Justification = "The handler boundary: every failure becomes a response.")]
    public async Task<Stream> HandleAsync(Stream input, ILambdaContext? context, Func<RestApiInvocation, Task<IHttpResult>> invoke)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(invoke);
        if (context is not null)
        {
            // Set inside this async method, it flows into the invocation and reverts when it returns.
            LambdaContext.Current = context;
        }

        var started = Stopwatch.GetTimestamp();
        var traceHeader = context is null ? Environment.GetEnvironmentVariable(LambdaBootstrap.TraceIdVariable) : context.TraceId;
        var telemetry = new InvocationTelemetry(traceHeader, xray);
        InvocationTelemetry.Current = telemetry;
        var request = input is MemoryStream memory ? ReadRequest(memory) : await ReadRequestAsync(input).ConfigureAwait(false);
        Exception? failure = null;
        IHttpResult? result = null;
        APIGatewayProxyResponse? response = null;
        if (request is null)
        {
            result = HttpResults.BadRequest("The invocation payload is not an API Gateway REST proxy event.");
        }
        else if (idempotency is not null && RequestValues.Header(request, IdempotencyKey.HeaderName) is { } key)
        {
            (result, response, failure) = await RunIdempotentAsync(idempotency, request, key, invoke).ConfigureAwait(false);
        }
        else
        {
            // The plain path stays inline: one state machine per invocation, as before idempotency existed.
            try
            {
                result = scopes is null
                    ? await invoke(new RestApiInvocation(request, services)).ConfigureAwait(false)
                    : await InvokeInScopeAsync(scopes, request, invoke).ConfigureAwait(false);
            }
            catch (Exception exception)
            {
                failure = exception;
                result = Map(exception);
            }
        }

        if (response is null)
        {
            (response, failure) = ToProxyResponse(request, result!, failure);
        }

        cors.Apply(request, response);
        log.Write(new InvocationLogEntry(
            DateTimeOffset.UtcNow,
            function.Name,
            route,
            response.StatusCode,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds,
            request?.RequestContext?.RequestId,
            context?.AwsRequestId,
            traceHeader,
            ErrorKind(response.StatusCode, result, failure),
            response.StatusCode >= 500 && failure is not null ? failure : null,
            telemetry.Metrics));

        var output = ProxyResponseWriter.ToUtf8Bytes(response);
        return new MemoryStream(output, 0, output.Length, writable: false, publiclyVisible: true);
    }

    /// <summary>
    /// A request with <c>Idempotency-Key</c> to an idempotent function: a result of the guard's own (a malformed key, a
    /// key in use), or the whole response, run or replayed. A store failure becomes its mapped result (a 503).
    /// </summary>
    [SuppressMessage("Design", "CA1031", Justification = "The handler boundary: every failure becomes a response.")]
    private async Task<(IHttpResult? Result, APIGatewayProxyResponse? Response, Exception? Failure)> RunIdempotentAsync(
        IdempotencyGuard guard, APIGatewayProxyRequest request, string key, Func<RestApiInvocation, Task<IHttpResult>> invoke)
    {
        Exception? failure = null;
        try
        {
            var (result, response) = await guard.RunAsync(function, request, key, async () =>
            {
                IHttpResult ran;
                try
                {
                    ran = scopes is null
                        ? await invoke(new RestApiInvocation(request, services)).ConfigureAwait(false)
                        : await InvokeInScopeAsync(scopes, request, invoke).ConfigureAwait(false);
                }
                catch (Exception exception)
                {
                    failure = exception;
                    ran = Map(exception);
                }

                var (proxy, serializationFailure) = ToProxyResponse(request, ran, failure);
                failure = serializationFailure;
                return proxy;
            }).ConfigureAwait(false);
            return (result, response, failure);
        }
        catch (Exception exception)
        {
            return (Map(exception), null, exception);
        }
    }

    [SuppressMessage("Design", "CA1031", Justification = "The handler boundary: every failure becomes a response.")]
    private (APIGatewayProxyResponse Response, Exception? Failure) ToProxyResponse(
        APIGatewayProxyRequest? request, IHttpResult result, Exception? failure)
    {
        try
        {
            return (result.ToProxyResponse(new HttpResultSerializationOptions
            {
                SerializerOptions = bodySerializerOptions,
                RequestId = request?.RequestContext?.RequestId,
                BasePath = ApiBasePath.Of(request),
            }), failure);
        }
        catch (Exception exception)
        {
            return (HttpResults.InternalServerError(InternalErrorDetail)
                .ToProxyResponse(new() { SerializerOptions = bodySerializerOptions, RequestId = request?.RequestContext?.RequestId }), exception);
        }
    }

    private static JsonSerializerOptions CreateBodySerializerOptions(IJsonTypeInfoResolver? bodyTypes)
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = bodyTypes is null
                ? AnnotationsJsonContext.Default
                : JsonTypeInfoResolver.Combine(bodyTypes, AnnotationsJsonContext.Default),
        };
        options.MakeReadOnly();
        return options;
    }

    /// <summary>A container's services get a scope per invocation; hand-composed ones (no scope factory) are used as they are.</summary>
    private static async Task<IHttpResult> InvokeInScopeAsync(
        IServiceScopeFactory scopes, APIGatewayProxyRequest request, Func<RestApiInvocation, Task<IHttpResult>> invoke)
    {
        var scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            return await invoke(new RestApiInvocation(request, scope.ServiceProvider)).ConfigureAwait(false);
        }
    }

    private const string InternalErrorDetail = "An unexpected error occurred. Quote the request id when reporting it.";

    /// <summary>The runtime hands the event over in memory: read it synchronously, in place when the buffer is exposed.</summary>
    private static APIGatewayProxyRequest? ReadRequest(MemoryStream input)
    {
        if (input.TryGetBuffer(out var exposed))
        {
            return ReadRequest(exposed.AsSpan((int)input.Position));
        }

        var length = (int)(input.Length - input.Position);
        var rented = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            input.ReadExactly(rented, 0, length);
            return ReadRequest(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static APIGatewayProxyRequest? ReadRequest(ReadOnlySpan<byte> utf8)
    {
        try
        {
            return ProxyRequestReader.Read(utf8);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static async Task<APIGatewayProxyRequest?> ReadRequestAsync(Stream input)
    {
        var copy = new MemoryStream();
        await input.CopyToAsync(copy).ConfigureAwait(false);
        copy.Position = 0;
        return ReadRequest(copy);
    }

    private IHttpResult Map(Exception exception)
    {
        foreach (var mapper in exceptionMappers)
        {
            if (mapper.TryMap(exception) is { } mapped)
            {
                return mapped;
            }
        }

        return HttpResults.InternalServerError(InternalErrorDetail);
    }

    private static string? ErrorKind(int status, IHttpResult? result, Exception? failure) =>
        failure is not null ? failure.GetType().Name
        : status < 400 ? null
        : (result as HttpResult)?.Body is ProblemDetails problem ? problem.Title
        : status.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

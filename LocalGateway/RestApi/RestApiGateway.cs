using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The REST API stage: matches the resource and method, answers CORS preflights, enforces the 10 MB payload
/// limit, invokes the function with a proxy event and writes its proxy response. Anything else gets the
/// answers API Gateway gives: 403 Missing Authentication Token, 413, 502 for a function error (a timeout and a crash
/// included), 500 for a throttled function, 504 past the 29 s integration timeout; and, on a method the
/// <see cref="GatewayAuthorizer"/> guards, its 401 or 403 instead of an invocation.
/// </summary>
internal sealed partial class RestApiGateway(
    ResourceTable resources, CorsPreflight preflight, GatewayAuthorizer authorizer, TimeProvider time, ILogger<RestApiGateway> logger)
{
    /// <summary>API Gateway's request payload limit.</summary>
    public const long MaxPayloadBytes = 10L * 1024 * 1024;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var requestId = Guid.NewGuid().ToString("D");
        context.Response.Headers["x-amzn-RequestId"] = requestId;
        var method = context.Request.Method;
        if (resources.Match(RawRequestPath.Of(context)) is not { } match)
        {
            await GatewayResponses.MissingAuthenticationTokenAsync(context);
            return;
        }

        if (!match.Resource.Methods.TryGetValue(method, out var function))
        {
            if (HttpMethods.IsOptions(method))
            {
                var origin = context.Request.Headers.Origin.Count > 0 ? context.Request.Headers.Origin.ToString() : null;
                await ProxyResponseWriter.WriteAsync(context, preflight.Respond(match.Resource, origin));
            }
            else
            {
                await GatewayResponses.MissingAuthenticationTokenAsync(context);
            }

            return;
        }

        if (await RequestBody.ReadAsync(context.Request, MaxPayloadBytes, context.RequestAborted) is not { } body)
        {
            await GatewayResponses.RequestTooLargeAsync(context);
            return;
        }

        var verdict = authorizer.Authorize(context, body);
        if (verdict.Rejection is { } rejection)
        {
            await GatewayResponses.WriteAsync(context, rejection);
            return;
        }

        var proxyRequest = ProxyRequestFactory.Create(context, match, body, requestId, time.GetUtcNow());
        ProxyAuthorizerContext.Apply(proxyRequest, verdict);
        var payload = ProxyEventJson.Serialize(proxyRequest);
        // Lambda's request id is its own, not API Gateway's (which the event carries and the client gets back).
        var invocation = function.InvokeAsync(payload, Guid.NewGuid().ToString("D"));
        using var integrationTimeout = new CancellationTokenSource(IntegrationTimeout, time);
        if (await Task.WhenAny(invocation, Task.Delay(Timeout.InfiniteTimeSpan, integrationTimeout.Token)) != invocation)
        {
            LogIntegrationTimeout(function.Name, requestId);
            await GatewayResponses.IntegrationTimeoutAsync(context);
            return;
        }

        var result = await invocation;
        if (result.Throttled)
        {
            LogThrottled(function.Name, requestId);
            await GatewayResponses.LambdaThrottledAsync(context);
        }
        else if (result.Error is { } error)
        {
            LogFunctionError(function.Name, requestId, error.ErrorType);
            await GatewayResponses.BadGatewayAsync(context);
        }
        else
        {
            await ProxyResponseWriter.WriteAsync(context, result.Payload);
        }
    }

    /// <summary>API Gateway's integration timeout for REST APIs: past it the client gets a 504, whatever the function does.</summary>
    public static readonly TimeSpan IntegrationTimeout = TimeSpan.FromSeconds(29);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} failed request {RequestId}: {ErrorType}")]
    private partial void LogFunctionError(string function, string requestId, string errorType);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Function} was throttled for request {RequestId}: every environment is busy (--max-environments)")]
    private partial void LogThrottled(string function, string requestId);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} did not answer request {RequestId} within the 29 s integration timeout")]
    private partial void LogIntegrationTimeout(string function, string requestId);
}

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The REST API stage: matches the resource and method, answers CORS preflights, enforces the 10 MB payload
/// limit, invokes the function with a proxy event and writes its proxy response. Anything else gets the
/// answers API Gateway gives: 403 Missing Authentication Token, 413, 502.
/// </summary>
internal sealed partial class RestApiGateway(
    ResourceTable resources, CorsPreflight preflight, TimeProvider time, ILogger<RestApiGateway> logger)
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

        var proxyRequest = ProxyRequestFactory.Create(context, match, body, requestId, time.GetUtcNow());
        var payload = ProxyEventJson.Serialize(proxyRequest);
        var result = await function.InvokeAsync(payload, requestId);
        if (result.Error is { } error)
        {
            LogFunctionError(function.Name, requestId, error.ErrorType, error.ErrorMessage);
            await GatewayResponses.InternalServerErrorAsync(context);
            return;
        }

        await ProxyResponseWriter.WriteAsync(context, result.Payload);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "{Function} failed request {RequestId}: {ErrorType}: {ErrorMessage}")]
    private partial void LogFunctionError(string function, string requestId, string errorType, string errorMessage);
}

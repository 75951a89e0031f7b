using System.Text;
using System.Text.Json;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.LambdaApi;

/// <summary>
/// Lambda's Invoke API, <c>POST /2015-03-31/functions/{name}/invocations</c>, so <c>aws lambda invoke</c> works:
/// the raw body is the payload, the raw handler output is the response. Honours <c>X-Amz-Invocation-Type</c>:
/// RequestResponse (200), Event (202, runs in the background), DryRun (204); and <c>X-Amz-Log-Type: Tail</c>
/// (<c>X-Amz-Log-Result</c>: the base64 of the invocation's last 4 KB of log).
/// </summary>
internal sealed partial class LambdaInvokeApi(FunctionRegistry functions, ILogger<LambdaInvokeApi> logger)
{
    public const string Route = "/2015-03-31/functions/{name}/invocations";

    /// <summary>Lambda's synchronous invocation payload limit.</summary>
    public const int MaxPayloadBytes = 6 * 1024 * 1024;

    public async Task HandleAsync(HttpContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(name);
        var requestId = Guid.NewGuid().ToString("D");
        context.Response.Headers["x-amzn-RequestId"] = requestId;

        var reference = FunctionReference.TryParse(name, context.Request.Query["Qualifier"]);
        if (reference is null || !reference.HasKnownQualifier || functions.Find(reference.Name) is not { } function)
        {
            await LambdaErrors.FunctionNotFoundAsync(context, reference?.Arn ?? Hosting.LocalAccount.FunctionArn(name));
            return;
        }

        var invocationType = context.Request.Headers["X-Amz-Invocation-Type"].ToString() is { Length: > 0 } type ? type : "RequestResponse";
        if (invocationType is not ("RequestResponse" or "Event" or "DryRun"))
        {
            await LambdaErrors.InvalidInvocationTypeAsync(context, invocationType);
            return;
        }

        if (await RequestBody.ReadAsync(context.Request, MaxPayloadBytes, context.RequestAborted) is not { } payload)
        {
            await LambdaErrors.RequestTooLargeAsync(context, MaxPayloadBytes);
            return;
        }

        if (JsonProblem(payload) is { } problem)
        {
            await LambdaErrors.InvalidRequestContentAsync(context, problem);
            return;
        }

        switch (invocationType)
        {
            case "DryRun":
                context.Response.StatusCode = StatusCodes.Status204NoContent;
                return;
            case "Event":
                _ = InvokeInBackgroundAsync(function, payload, requestId);
                context.Response.StatusCode = StatusCodes.Status202Accepted;
                return;
        }

        var result = await function.InvokeAsync(payload, requestId);
        if (result.Throttled)
        {
            await LambdaErrors.TooManyRequestsAsync(context);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.Headers["X-Amz-Executed-Version"] = "$LATEST";
        if (result.Error is not null)
        {
            context.Response.Headers["X-Amz-Function-Error"] = "Unhandled";
        }

        if (string.Equals(context.Request.Headers["X-Amz-Log-Type"], "Tail", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers["X-Amz-Log-Result"] = Convert.ToBase64String(Encoding.UTF8.GetBytes(result.LogTail));
        }

        context.Response.ContentLength = result.Payload.Length;
        await context.Response.Body.WriteAsync(result.Payload, context.RequestAborted);
    }

    private async Task InvokeInBackgroundAsync(LambdaFunction function, byte[] payload, string requestId)
    {
        // Lambda's event queue: an asynchronous invocation waits for an environment instead of being throttled.
        var result = await Task.Run(() => function.InvokeAsync(payload, requestId, waitForEnvironment: true));
        if (result.Error is { } error)
        {
            LogAsyncFailure(function.Name, requestId, error.ErrorType);
        }
    }

    private static string? JsonProblem(byte[] payload)
    {
        if (payload.Length == 0)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(payload);
            return null;
        }
        catch (JsonException exception)
        {
            return exception.Message;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Event invocation of {Function} ({RequestId}) failed: {ErrorType}")]
    private partial void LogAsyncFailure(string function, string requestId, string errorType);
}

using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.LambdaApi;

/// <summary>Lambda service errors: the type in <c>x-amzn-ErrorType</c>, the message in a <c>{"Type","Message"}</c> body.</summary>
internal static class LambdaErrors
{
    public static Task FunctionNotFoundAsync(HttpContext context, string arn) =>
        WriteAsync(context, StatusCodes.Status404NotFound, "ResourceNotFoundException", $"Function not found: {arn}");

    public static Task RequestTooLargeAsync(HttpContext context, int maxBytes) =>
        WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "RequestTooLargeException",
            $"Request must be smaller than {maxBytes} bytes for the InvokeFunction operation");

    public static Task InvalidRequestContentAsync(HttpContext context, string reason) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "InvalidRequestContentException",
            $"Could not parse request body into json: {reason}");

    public static Task InvalidInvocationTypeAsync(HttpContext context, string value) =>
        WriteAsync(context, StatusCodes.Status400BadRequest, "ValidationException",
            $"1 validation error detected: Value '{value}' at 'invocationType' failed to satisfy constraint: "
            + "Member must satisfy enum value set: [Event, RequestResponse, DryRun]");

    /// <summary>Every environment the function may have is busy: Lambda's answer at a function's reserved concurrency.</summary>
    public static Task TooManyRequestsAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status429TooManyRequests, "TooManyRequestsException", "Rate Exceeded.",
            reason: "ReservedFunctionConcurrentInvocationLimitExceeded");

    private static Task WriteAsync(HttpContext context, int status, string errorType, string message, string? reason = null)
    {
        context.Response.Headers["x-amzn-ErrorType"] = errorType;
        var body = new JsonObject { ["Type"] = "User", ["Message"] = message };
        if (reason is not null)
        {
            body["Reason"] = reason;
        }

        return JsonResponse.WriteAsync(context, status, body);
    }
}

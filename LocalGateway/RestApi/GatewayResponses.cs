using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>The responses API Gateway itself gives, with its <c>{"message": ...}</c> bodies.</summary>
internal static class GatewayResponses
{
    /// <summary>What a REST API answers for a path or method it does not have.</summary>
    public static Task MissingAuthenticationTokenAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status403Forbidden, "Missing Authentication Token", "MissingAuthenticationTokenException");

    /// <summary>A request body over the 10 MB payload limit.</summary>
    public static Task RequestTooLargeAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request Too Long", errorType: null);

    /// <summary>The function failed, timed out, crashed or returned something that is not a proxy response.</summary>
    public static Task BadGatewayAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status502BadGateway, "Internal server error", "InternalServerErrorException");

    /// <summary>Lambda throttled the function: a proxy integration answers that with a 500, not the 429.</summary>
    public static Task LambdaThrottledAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status500InternalServerError, "Internal server error", "InternalServerErrorException");

    /// <summary>The integration did not answer within API Gateway's 29 s.</summary>
    public static Task IntegrationTimeoutAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status504GatewayTimeout, "Endpoint request timed out", "IntegrationTimeout");

    private static Task WriteAsync(HttpContext context, int status, string message, string? errorType)
    {
        if (errorType is not null)
        {
            context.Response.Headers["x-amzn-ErrorType"] = errorType;
        }

        return JsonResponse.WriteAsync(context, status, new JsonObject { ["message"] = message });
    }
}

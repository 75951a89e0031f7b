using System.Text;
using System.Text.Json.Nodes;

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

    /// <summary>The function failed, timed out or returned something that is not a proxy response.</summary>
    public static Task InternalServerErrorAsync(HttpContext context) =>
        WriteAsync(context, StatusCodes.Status502BadGateway, "Internal server error", "InternalServerErrorException");

    private static async Task WriteAsync(HttpContext context, int status, string message, string? errorType)
    {
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = "application/json";
        if (errorType is not null)
        {
            response.Headers["x-amzn-ErrorType"] = errorType;
        }

        var body = Encoding.UTF8.GetBytes(new JsonObject { ["message"] = message }.ToJsonString());
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }
}

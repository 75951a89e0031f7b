using EventFunctions.Annotations.APIGateway;

namespace EventFunctions.Annotations.Runtime;

/// <summary>The problems a request body can have before any function sees it.</summary>
internal static class BodyProblems
{
    public static IHttpResult Required() => HttpResults.BadRequest("A JSON request body is required.");

    public static IHttpResult NotJson(string detail) => HttpResults.BadRequest("The request body is not valid JSON: " + detail);

    public static IHttpResult BadBase64() => HttpResults.BadRequest("The request body is marked base64-encoded but is not valid base64.");

    public static IHttpResult TooLarge(int maxBytes) =>
        HttpResults.ContentTooLarge($"The request body exceeds the limit of {maxBytes} bytes.");

    public static IHttpResult UnsupportedMediaType() =>
        HttpResults.UnsupportedMediaType("The request body must be sent with Content-Type: application/json.");
}

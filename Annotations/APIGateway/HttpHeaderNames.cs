namespace EventFunctions.Annotations.APIGateway;

/// <summary>The HTTP header names the results and the documented responses use, spelled once.</summary>
public static class HttpHeaderNames
{
    public const string ETag = "ETag";
    public const string IfMatch = "If-Match";
    public const string Link = "Link";
    public const string Location = "Location";
    public const string RetryAfter = "Retry-After";
}

using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Where the API is mounted, as the client sees it: the stage on the default execute-api URL (<c>/prod</c>),
/// a base-path mapping on a custom domain, or nothing. Root-relative links a function returns as
/// <c>~/events/1</c> are resolved against it, so they work however the API is reached.
/// </summary>
public static class ApiBasePath
{
    /// <summary>
    /// <c>requestContext.path</c> minus the resource-relative <c>path</c>; empty when they do not line up or
    /// when the prefix holds anything but plain path characters (an invoke payload may say anything).
    /// </summary>
    public static string Of(APIGatewayProxyRequest? request)
    {
        var full = request?.RequestContext?.Path;
        var path = request?.Path;
        if (full is null || string.IsNullOrEmpty(path) || full.Length <= path.Length
            || !full.EndsWith(path, StringComparison.Ordinal))
        {
            return string.Empty;
        }

        var prefix = full[..^path.Length];
        return prefix[0] == '/' && prefix[^1] != '/' && prefix.All(IsPathCharacter) ? prefix : string.Empty;
    }

    /// <summary>Replaces a leading <c>~/</c>, or a <c>&lt;~/</c> as in a <c>Link</c> header, with the base path.</summary>
    public static string Resolve(string headerValue, string basePath)
    {
        ArgumentNullException.ThrowIfNull(headerValue);
        return headerValue.StartsWith("~/", StringComparison.Ordinal)
            ? string.Concat(basePath, headerValue.AsSpan(1))
            : headerValue.Replace("<~/", "<" + basePath + "/", StringComparison.Ordinal);
    }

    private static bool IsPathCharacter(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '/' or '-' or '_' or '.' or '~';
}

using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// Writes a proxy response as HTTP the way API Gateway does: <c>multiValueHeaders</c> win over <c>headers</c> of the
/// same name, a base64 body is decoded, and anything that is not a valid proxy response is a 502.
/// </summary>
internal static class ProxyResponseWriter
{
    // Set by the server from the body actually sent, never copied from the function.
    private static readonly HashSet<string> ServerHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Content-Length", "Transfer-Encoding", "Connection", "Keep-Alive", "Upgrade",
    };

    public static async Task WriteAsync(HttpContext context, byte[] lambdaOutput)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = TryParse(lambdaOutput);
        if (response is null)
        {
            await GatewayResponses.BadGatewayAsync(context);
            return;
        }

        await WriteAsync(context, response);
    }

    public static async Task WriteAsync(HttpContext context, APIGatewayProxyResponse response)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(response);
        var body = TryDecodeBody(response);
        if (body is null || response.StatusCode is < 100 or > 599)
        {
            await GatewayResponses.BadGatewayAsync(context);
            return;
        }

        context.Response.StatusCode = response.StatusCode;
        foreach (var (name, values) in MergedHeaders(response))
        {
            if (!ServerHeaders.Contains(name))
            {
                context.Response.Headers[name] = values;
            }
        }

        if (body.Length > 0)
        {
            context.Response.ContentType ??= "application/json";
            context.Response.ContentLength = body.Length;
            await context.Response.Body.WriteAsync(body, context.RequestAborted);
        }
    }

    private static APIGatewayProxyResponse? TryParse(byte[] output)
    {
        try
        {
            return JsonSerializer.Deserialize(output, AnnotationsJsonContext.Default.APIGatewayProxyResponse);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static byte[]? TryDecodeBody(APIGatewayProxyResponse response)
    {
        if (string.IsNullOrEmpty(response.Body))
        {
            return [];
        }

        if (!response.IsBase64Encoded)
        {
            return Encoding.UTF8.GetBytes(response.Body);
        }

        try
        {
            return Convert.FromBase64String(response.Body);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static Dictionary<string, string[]> MergedHeaders(APIGatewayProxyResponse response)
    {
        var merged = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            merged[name] = [value];
        }

        foreach (var (name, values) in response.MultiValueHeaders ?? new Dictionary<string, IList<string>>())
        {
            merged[name] = [.. values];
        }

        return merged;
    }
}

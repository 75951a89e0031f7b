using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// Writes a small JSON body with its status, content type and length: the answers the gateway gives itself. Only what
/// JSON requires is escaped (API Gateway writes <c>'</c> and <c>&amp;</c> as they are, not as <c>\u0027</c>).
/// </summary>
internal static class JsonResponse
{
    private static readonly JsonSerializerOptions Minimal = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(Minimal));
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}

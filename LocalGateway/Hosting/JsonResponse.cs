using System.Text;
using System.Text.Json.Nodes;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>Writes a small JSON body with its status, content type and length: the answers the gateway gives itself.</summary>
internal static class JsonResponse
{
    public static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(body);
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString());
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}

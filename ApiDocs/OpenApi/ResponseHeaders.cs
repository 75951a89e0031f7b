using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.Idempotency;
using Microsoft.OpenApi;

namespace EventFunctions.ApiDocs.OpenApi;

/// <summary>The response headers the functions declare, as reusable components; an undescribed one fails the build.</summary>
internal static class ResponseHeaders
{

    public static void AddTo(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
        {
            [HttpHeaderNames.ETag] = Header("The event's version as a strong entity tag, e.g. \"3\"; send it back in If-Match.", JsonSchemaType.String),
            [HttpHeaderNames.Location] = Header("The new event's URL path, /events/{eventId}.", JsonSchemaType.String),
            [HttpHeaderNames.Link] = Header("RFC 8288 link to the next page: </events?...&nextToken=T>; rel=\"next\". Absent on the last page.", JsonSchemaType.String),
            [IdempotencyKey.ReplayedHeaderName] = Header(IdempotencyTexts.ReplayedDescription, JsonSchemaType.String),
            [HttpHeaderNames.RetryAfter] = Header("Seconds to wait before retrying.", JsonSchemaType.Integer),
        };
    }

    public static OpenApiHeaderReference Reference(string name, OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.Components?.Headers?.ContainsKey(name) == true
            ? new(name, document)
            : throw new InvalidOperationException($"No description of response header '{name}'; add it to {nameof(ResponseHeaders)}.");
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

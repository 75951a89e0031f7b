using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.OpenApi;

/// <summary>The response headers of the contract, as reusable components.</summary>
internal static class ResponseHeaders
{
    public const string ETag = "ETag";
    public const string Location = "Location";
    public const string Link = "Link";
    public const string RetryAfter = "Retry-After";

    public static void AddTo(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Headers = new Dictionary<string, IOpenApiHeader>(StringComparer.Ordinal)
        {
            [ETag] = Header("The event's version as a strong entity tag, e.g. \"3\"; send it back in If-Match.", JsonSchemaType.String),
            [Location] = Header("The new event's URL path, /events/{eventId}.", JsonSchemaType.String),
            [Link] = Header("RFC 8288 link to the next page: </events?...&nextToken=T>; rel=\"next\". Absent on the last page.", JsonSchemaType.String),
            [RetryAfter] = Header("Seconds to wait before retrying.", JsonSchemaType.Integer),
        };
    }

    public static OpenApiHeaderReference Reference(string name, OpenApiDocument document) => new(name, document);

    private static OpenApiHeader Header(string description, JsonSchemaType type) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}

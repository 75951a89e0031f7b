using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>A handler's proxy response, with its headers read case-insensitively and its body parsed.</summary>
internal sealed class ProxyResponse(APIGatewayProxyResponse response)
{
    public int StatusCode => response.StatusCode;

    public string? Body => response.Body;

    public JsonElement Json => JsonDocument.Parse(Body ?? "null").RootElement;

    public string? Header(string name) =>
        response.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value
        ?? response.MultiValueHeaders?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.LastOrDefault();

    /// <summary>The 422 messages for one field.</summary>
    public string[] ErrorsFor(string field) =>
        [.. Json.GetProperty("errors").GetProperty(field).EnumerateArray().Select(e => e.GetString()!)];

    public static async Task<ProxyResponse> ReadAsync(Stream output) =>
        new(await JsonSerializer.DeserializeAsync(output, AnnotationsJsonContext.Default.APIGatewayProxyResponse)
            ?? throw new InvalidDataException("The handler wrote no response."));
}

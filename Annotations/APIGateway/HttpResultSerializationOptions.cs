using System.Text.Json;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>What a result needs to know about the invocation to serialize itself.</summary>
public sealed class HttpResultSerializationOptions
{
    /// <summary>
    /// Options whose type resolver covers every body type the functions return, built on first use: a result that
    /// brings its own body writer, or has no body, never needs them, and building them costs a cold start several
    /// milliseconds.
    /// </summary>
    public required Lazy<JsonSerializerOptions> SerializerOptions { get; init; }

    /// <summary>The request id that problem bodies carry.</summary>
    public string? RequestId { get; init; }

    /// <summary>What <c>~/</c> in a header value stands for; see <see cref="Runtime.ApiBasePath"/>.</summary>
    public string BasePath { get; init; } = string.Empty;
}

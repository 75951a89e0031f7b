using System.Text.Json;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>What a result needs to know about the invocation to serialize itself.</summary>
public sealed class HttpResultSerializationOptions
{
    /// <summary>Options whose type resolver covers every body type the functions return.</summary>
    public required JsonSerializerOptions SerializerOptions { get; init; }

    /// <summary>The request id that problem bodies carry.</summary>
    public string? RequestId { get; init; }

    /// <summary>What <c>~/</c> in a header value stands for; see <see cref="Runtime.ApiBasePath"/>.</summary>
    public string BasePath { get; init; } = string.Empty;
}

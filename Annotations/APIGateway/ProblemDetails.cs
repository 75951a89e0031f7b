using System.Text.Json.Serialization;

namespace EventFunctions.Annotations.APIGateway;

/// <summary>An RFC 9457 problem details body, sent as <c>application/problem+json</c>.</summary>
public sealed class ProblemDetails
{
    public required string Type { get; init; }

    public required string Title { get; init; }

    public required int Status { get; init; }

    public string? Detail { get; init; }

    /// <summary>The API Gateway request id, so a user's report can be matched with the logs.</summary>
    public string? RequestId { get; set; }

    /// <summary>For validation problems: each offending field with what is wrong with it.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyDictionary<string, string[]>? Errors { get; init; }
}

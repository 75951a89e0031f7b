using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>A stored event, as the API returns it: the details first, then the server-set fields.</summary>
public sealed record Event : EventDetails
{
    /// <summary>Server-set, UTC, millisecond precision.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    [JsonPropertyOrder(1)]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Server-set, UTC, millisecond precision.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    [JsonPropertyOrder(2)]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Starts at 1, grows by one with every update; the ETag.</summary>
    [JsonPropertyOrder(3)]
    public required long Version { get; init; }

    /// <summary>Server-set: who created it, as the authorizer identified them; <c>null</c> (absent in JSON and in the item) without one.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(4)]
    public string? CreatedBy { get; init; }

    /// <summary>Server-set: who made the last change, as <see cref="CreatedBy"/>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonPropertyOrder(5)]
    public string? UpdatedBy { get; init; }
}

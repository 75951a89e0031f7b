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
}

using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>A stored event, as the API returns it.</summary>
public sealed record Event
{
    public required string EventId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required DateOnly Date { get; init; }

    public required string Location { get; init; }

    public required int Capacity { get; init; }

    public required string Organizer { get; init; }

    public required EventStatus Status { get; init; }

    /// <summary>Server-set, UTC, millisecond precision.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>Server-set, UTC, millisecond precision.</summary>
    [JsonConverter(typeof(UtcTimestampJsonConverter))]
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Starts at 1, grows by one with every update; the ETag.</summary>
    public required long Version { get; init; }
}

using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Tests.Data;

/// <summary>Valid events and raw items for tests.</summary>
internal static class EventSamples
{
    /// <summary>2026-11-22T01:00:00.1234567Z: sub-millisecond ticks, to see the truncation.</summary>
    public static readonly DateTimeOffset Now = new DateTimeOffset(2026, 11, 22, 1, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    public static readonly DateTimeOffset NowInMilliseconds = new(2026, 11, 22, 1, 0, 0, 123, TimeSpan.Zero);

    public static NewEvent Draft(
        string eventId = "evt-1",
        EventStatus status = EventStatus.Scheduled,
        DateOnly? date = null) => new()
        {
            EventId = eventId,
            Title = "Tech Conference 2024",
            Description = "Annual technology conference",
            Date = date ?? new DateOnly(2024, 12, 15),
            Location = "San Francisco, CA",
            Capacity = 500,
            Organizer = "Tech Corp",
            Status = status,
        };

    public static Event Stored(string eventId = "evt-1", long version = 1) => new()
    {
        EventId = eventId,
        Title = "Tech Conference 2024",
        Description = "Annual technology conference",
        Date = new DateOnly(2024, 12, 15),
        Location = "San Francisco, CA",
        Capacity = 500,
        Organizer = "Tech Corp",
        Status = EventStatus.Scheduled,
        CreatedAt = NowInMilliseconds,
        UpdatedAt = NowInMilliseconds,
        Version = version,
    };

    /// <summary>The raw item for <see cref="Stored"/>, written out by hand (not through the mapper).</summary>
    public static Dictionary<string, AttributeValue> Item(string eventId = "evt-1", long version = 1) => new()
    {
        ["eventId"] = new AttributeValue { S = eventId },
        ["title"] = new AttributeValue { S = "Tech Conference 2024" },
        ["description"] = new AttributeValue { S = "Annual technology conference" },
        ["date"] = new AttributeValue { S = "2024-12-15" },
        ["location"] = new AttributeValue { S = "San Francisco, CA" },
        ["capacity"] = new AttributeValue { N = "500" },
        ["organizer"] = new AttributeValue { S = "Tech Corp" },
        ["status"] = new AttributeValue { S = "scheduled" },
        ["createdAt"] = new AttributeValue { S = "2026-11-22T01:00:00.123Z" },
        ["updatedAt"] = new AttributeValue { S = "2026-11-22T01:00:00.123Z" },
        ["version"] = new AttributeValue { N = version.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };

    public static Dictionary<string, AttributeValue> Key(string eventId) =>
        new() { ["eventId"] = new AttributeValue { S = eventId } };

    public static Dictionary<string, AttributeValue> IndexKey(string eventId, string status, string date) => new()
    {
        ["eventId"] = new AttributeValue { S = eventId },
        ["status"] = new AttributeValue { S = status },
        ["date"] = new AttributeValue { S = date },
    };
}

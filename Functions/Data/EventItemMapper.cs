using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>Maps a table item to an <see cref="Event"/> and back.</summary>
internal static class EventItemMapper
{
    /// <summary>The item; <c>createdBy</c> and <c>updatedBy</c> only when there is a caller (absent, never NULL, without one).</summary>
    public static Dictionary<string, AttributeValue> ToItem(Event stored)
    {
        var item = Attributes(stored);
        if (stored.CreatedBy is { } createdBy)
        {
            item[EventTable.CreatedByAttribute] = new AttributeValue { S = createdBy };
        }

        if (stored.UpdatedBy is { } updatedBy)
        {
            item[EventTable.UpdatedByAttribute] = new AttributeValue { S = updatedBy };
        }

        return item;
    }

    private static Dictionary<string, AttributeValue> Attributes(Event stored) => new(EventContract.Fields.Count, StringComparer.Ordinal)
    {
        [EventTable.EventIdAttribute] = new AttributeValue { S = stored.EventId },
        [EventTable.TitleAttribute] = new AttributeValue { S = stored.Title },
        [EventTable.DescriptionAttribute] = new AttributeValue { S = stored.Description },
        [EventTable.DateAttribute] = new AttributeValue { S = AttributeFormat.FormatDate(stored.Date) },
        [EventTable.LocationAttribute] = new AttributeValue { S = stored.Location },
        [EventTable.CapacityAttribute] = new AttributeValue { N = AttributeFormat.FormatNumber(stored.Capacity) },
        [EventTable.OrganizerAttribute] = new AttributeValue { S = stored.Organizer },
        [EventTable.StatusAttribute] = new AttributeValue { S = EventStatusNames.ToWire(stored.Status) },
        [EventTable.CreatedAtAttribute] = new AttributeValue { S = AttributeFormat.FormatTimestamp(stored.CreatedAt) },
        [EventTable.UpdatedAtAttribute] = new AttributeValue { S = AttributeFormat.FormatTimestamp(stored.UpdatedAt) },
        [EventTable.VersionAttribute] = new AttributeValue { N = AttributeFormat.FormatNumber(stored.Version) },
    };

    /// <exception cref="InvalidEventItemException">An attribute is missing, has the wrong type or an unreadable value.</exception>
    public static Event FromItem(Dictionary<string, AttributeValue>? item)
    {
        if (item is null || item.Count == 0)
        {
            throw new InvalidEventItemException("DynamoDB returned no attributes for an event item.");
        }

        var eventId = RequireString(item, EventTable.EventIdAttribute, "(unknown)");
        return new Event
        {
            EventId = eventId,
            Title = RequireString(item, EventTable.TitleAttribute, eventId),
            Description = RequireString(item, EventTable.DescriptionAttribute, eventId),
            Date = AttributeFormat.TryParseDate(RequireString(item, EventTable.DateAttribute, eventId), out var date)
                ? date
                : throw Invalid(EventTable.DateAttribute, eventId, "is not a yyyy-MM-dd date"),
            Location = RequireString(item, EventTable.LocationAttribute, eventId),
            Capacity = AttributeFormat.TryParseInt32(RequireNumber(item, EventTable.CapacityAttribute, eventId), out var capacity)
                ? capacity
                : throw Invalid(EventTable.CapacityAttribute, eventId, "is not a 32-bit integer"),
            Organizer = RequireString(item, EventTable.OrganizerAttribute, eventId),
            Status = EventStatusNames.TryParse(RequireString(item, EventTable.StatusAttribute, eventId), out var status)
                ? status
                : throw Invalid(EventTable.StatusAttribute, eventId, "is not a known status"),
            CreatedAt = ParseTimestamp(item, EventTable.CreatedAtAttribute, eventId),
            UpdatedAt = ParseTimestamp(item, EventTable.UpdatedAtAttribute, eventId),
            Version = AttributeFormat.TryParseInt64(RequireNumber(item, EventTable.VersionAttribute, eventId), out var version)
                ? version
                : throw Invalid(EventTable.VersionAttribute, eventId, "is not a 64-bit integer"),
            CreatedBy = OptionalString(item, EventTable.CreatedByAttribute, eventId),
            UpdatedBy = OptionalString(item, EventTable.UpdatedByAttribute, eventId),
        };
    }

    /// <summary>An attribute that may be absent (events written without a caller); present, it must be a string.</summary>
    private static string? OptionalString(Dictionary<string, AttributeValue> item, string name, string eventId) =>
        item.TryGetValue(name, out var value) ? RequireString(item, name, eventId) : null;

    private static DateTimeOffset ParseTimestamp(Dictionary<string, AttributeValue> item, string name, string eventId) =>
        AttributeFormat.TryParseTimestamp(RequireString(item, name, eventId), out var timestamp)
            ? timestamp
            : throw Invalid(name, eventId, "is not a UTC ISO-8601 timestamp");

    private static string RequireString(Dictionary<string, AttributeValue> item, string name, string eventId) =>
        item.TryGetValue(name, out var value) && value?.S is { } text
            ? text
            : throw Invalid(name, eventId, "is missing or not a string (S)");

    private static string RequireNumber(Dictionary<string, AttributeValue> item, string name, string eventId) =>
        item.TryGetValue(name, out var value) && value?.N is { } number
            ? number
            : throw Invalid(name, eventId, "is missing or not a number (N)");

    private static InvalidEventItemException Invalid(string name, string eventId, string problem) =>
        new($"Stored event '{eventId}': attribute '{name}' {problem}.");
}

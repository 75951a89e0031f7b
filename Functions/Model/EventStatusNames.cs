namespace EventFunctions.Model;

/// <summary>The lowercase names statuses have in the API, in query strings and in the table.</summary>
public static class EventStatusNames
{
    public static string ToWire(EventStatus status) => status switch
    {
        EventStatus.Scheduled => "scheduled",
        EventStatus.Active => "active",
        EventStatus.Cancelled => "cancelled",
        EventStatus.Completed => "completed",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown event status."),
    };

    public static bool TryParse(string? text, out EventStatus status)
    {
        EventStatus? parsed = text switch
        {
            "scheduled" => EventStatus.Scheduled,
            "active" => EventStatus.Active,
            "cancelled" => EventStatus.Cancelled,
            "completed" => EventStatus.Completed,
            _ => null,
        };
        status = parsed.GetValueOrDefault();
        return parsed.HasValue;
    }
}

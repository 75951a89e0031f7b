using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>A client-chosen <c>eventId</c> on create: see <see cref="EventIds.IsValid"/>.</summary>
internal static class EventIdRule
{
    public static string? Read(JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(EventContract.EventId.JsonName, ValidationMessages.MustBeString);
            return null;
        }

        var id = JsonStrings.TryGetString(value);
        if (!EventIds.IsValid(id))
        {
            errors.Add(EventContract.EventId.JsonName, EventContract.EventId.RangeMessage!);
            return null;
        }

        return id;
    }
}

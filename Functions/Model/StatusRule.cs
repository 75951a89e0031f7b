using System.Text.Json;

namespace EventFunctions.Model;

/// <summary><c>status</c>: exactly one of <see cref="EventStatusNames.All"/>.</summary>
internal static class StatusRule
{
    public static EventStatus? Read(JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(EventContract.Status.JsonName, ValidationMessages.MustBeString);
            return null;
        }

        Span<byte> buffer = stackalloc byte[EventStatusNames.LongestUtf8Name];
        if (JsonStrings.TryGetShortUtf8(value, buffer, out var name) && EventStatusNames.TryParseUtf8(name, out var status))
        {
            return status;
        }

        errors.Add(EventContract.Status.JsonName, ValidationMessages.StatusOneOf);
        return null;
    }
}

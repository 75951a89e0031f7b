using System.Text.Json;

namespace EventFunctions.Model;

/// <summary><c>status</c>: one of the exact lowercase names of <see cref="EventStatus"/>.</summary>
internal static class StatusRule
{
    private const int LongestName = 9; // "scheduled", "cancelled", "completed"

    public static EventStatus? Read(JsonElement value, ValidationErrors errors)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(EventPropertyNames.Status, ValidationMessages.MustBeString);
            return null;
        }

        Span<byte> buffer = stackalloc byte[LongestName];
        var status = JsonStrings.TryGetShortUtf8(value, buffer, out var name) ? Parse(name) : null;
        if (status is null)
        {
            errors.Add(EventPropertyNames.Status, ValidationMessages.StatusOneOf);
        }

        return status;
    }

    /// <summary>The status an exact lowercase UTF-8 name stands for, or <c>null</c>.</summary>
    internal static EventStatus? Parse(ReadOnlySpan<byte> name) =>
        name.SequenceEqual("scheduled"u8) ? EventStatus.Scheduled
        : name.SequenceEqual("active"u8) ? EventStatus.Active
        : name.SequenceEqual("cancelled"u8) ? EventStatus.Cancelled
        : name.SequenceEqual("completed"u8) ? EventStatus.Completed
        : null;
}

using System.Text;
using System.Text.Unicode;

namespace EventFunctions.Model;

/// <summary>
/// The one spelling of each <see cref="EventStatus"/>: lowercase, matched exactly (ordinal) in the body, the query
/// string and the table alike. The enum's <c>[JsonStringEnumMemberName]</c> attributes name these constants, so the
/// generated query binder and the OpenAPI document read the same names at build time.
/// </summary>
public static class EventStatusNames
{
    public const string Scheduled = "scheduled";
    public const string Active = "active";
    public const string Cancelled = "cancelled";
    public const string Completed = "completed";

    // The one mapping, in the enum's order.
    private static readonly (EventStatus Status, string Name)[] Statuses =
    [
        (EventStatus.Scheduled, Scheduled),
        (EventStatus.Active, Active),
        (EventStatus.Cancelled, Cancelled),
        (EventStatus.Completed, Completed),
    ];

    /// <summary>Every name, in the enum's order.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Statuses.Select(s => s.Name)];

    /// <summary>The UTF-8 length of the longest name.</summary>
    public static int LongestUtf8Name { get; } = All.Max(Encoding.UTF8.GetByteCount);

    public static string ToWire(EventStatus status)
    {
        foreach (var (known, name) in Statuses)
        {
            if (known == status)
            {
                return name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown event status.");
    }

    public static bool TryParse(string? text, out EventStatus status)
    {
        status = default;
        return text is not null && TryParse(text.AsSpan(), out status);
    }

    /// <summary>The status an exact name stands for.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out EventStatus status)
    {
        foreach (var (known, name) in Statuses)
        {
            if (text.SequenceEqual(name))
            {
                status = known;
                return true;
            }
        }

        status = default;
        return false;
    }

    /// <summary>The status an exact UTF-8 name stands for.</summary>
    public static bool TryParseUtf8(ReadOnlySpan<byte> utf8, out EventStatus status)
    {
        status = default;
        if (utf8.Length > LongestUtf8Name)
        {
            return false;
        }

        Span<char> text = stackalloc char[utf8.Length];
        return Utf8.ToUtf16(utf8, text, out _, out var written, replaceInvalidSequences: false) == System.Buffers.OperationStatus.Done
            && TryParse(text[..written], out status);
    }
}

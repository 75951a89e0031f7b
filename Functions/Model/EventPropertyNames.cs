using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>Matching a body's property name to one of <see cref="EventContract.Fields"/>, allocation-free.</summary>
internal static class EventPropertyNames
{
    // The contract's names in UTF-8, built once.
    private static readonly (byte[] Utf8, EventFields Field)[] Names =
        [.. EventContract.Fields.Select(f => (Encoding.UTF8.GetBytes(f.JsonName), f.Flag))];

    /// <summary>The longest name, in UTF-8 bytes.</summary>
    private static readonly int MaxNameBytes = Names.Max(n => n.Utf8.Length);

    /// <summary>Which event property <paramref name="property"/> names (case-sensitive), or <see cref="EventFields.None"/>.</summary>
    public static EventFields Classify(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        if (!name.Contains((byte)'\\'))
        {
            return Classify(name);
        }

        Span<byte> buffer = stackalloc byte[MaxNameBytes];
        return JsonStrings.TryGetName(property, buffer, out var unescaped) ? Classify(unescaped) : EventFields.None;
    }

    /// <summary>Which event property an unescaped UTF-8 name is, or <see cref="EventFields.None"/>.</summary>
    public static EventFields Classify(ReadOnlySpan<byte> name)
    {
        foreach (var (utf8, field) in Names)
        {
            if (utf8.Length == name.Length && name.SequenceEqual(utf8))
            {
                return field;
            }
        }

        return EventFields.None;
    }

    /// <summary>The JSON name of a single field.</summary>
    public static string NameOf(EventFields field) => EventContract.Of(field).JsonName;
}

using System.Globalization;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Culture-invariant conversions of route, query and header text into parameter types.
/// The generator picks the overload by the parameter's type and names the expectation in the error.
/// </summary>
public static class ValueParsers
{
    public static bool TryParse(string raw, out string value)
    {
        value = raw;
        return true;
    }

    public static bool TryParse(string raw, out bool value) => bool.TryParse(raw, out value);

    public static bool TryParse(string raw, out int value) =>
        int.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(string raw, out long value) =>
        long.TryParse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(string raw, out double value) =>
        double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryParse(string raw, out decimal value) =>
        decimal.TryParse(raw, NumberStyles.Number, CultureInfo.InvariantCulture, out value);

    public static bool TryParse(string raw, out Guid value) => Guid.TryParse(raw, out value);

    public static bool TryParse(string raw, out DateOnly value) =>
        DateOnly.TryParseExact(raw, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryParse(string raw, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);

    /// <summary>
    /// Exactly one of an enum's text names (ordinal: the case rule of a JSON body), as the member at the same position.
    /// The generator passes the names from each member's <c>[JsonStringEnumMemberName]</c> (else its name), so no
    /// reflection runs and no number or undefined value gets through.
    /// </summary>
    public static bool TryParseEnum<TEnum>(string raw, ReadOnlySpan<string> names, ReadOnlySpan<TEnum> members, out TEnum value)
        where TEnum : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (names.Length != members.Length)
        {
            throw new ArgumentException("Every name needs its member.", nameof(members));
        }

        for (var i = 0; i < names.Length; i++)
        {
            if (string.Equals(raw, names[i], StringComparison.Ordinal))
            {
                value = members[i];
                return true;
            }
        }

        value = default;
        return false;
    }
}

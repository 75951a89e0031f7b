using System.Globalization;

namespace EventFunctions.Data;

/// <summary>How single values are written to and read from the table.</summary>
internal static class AttributeFormat
{
    private const string DateFormat = "yyyy-MM-dd";
    private const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    /// <summary>Accepts what <see cref="TimestampFormat"/> writes, and the same with 0-7 fraction digits.</summary>
    private const string TimestampParseFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public static string FormatDate(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    public static bool TryParseDate(string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static string FormatTimestamp(DateTimeOffset timestamp) =>
        timestamp.UtcDateTime.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static bool TryParseTimestamp(string? text, out DateTimeOffset timestamp) =>
        DateTimeOffset.TryParseExact(
            text,
            TimestampParseFormat,
            CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
            out timestamp);

    /// <summary>UTC, truncated to whole milliseconds: what the table can round-trip.</summary>
    public static DateTimeOffset TruncateToMilliseconds(DateTimeOffset timestamp)
    {
        var ticks = timestamp.UtcTicks;
        return new DateTimeOffset(ticks - (ticks % TimeSpan.TicksPerMillisecond), TimeSpan.Zero);
    }


    public static string FormatNumber(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static bool TryParseInt32(string? text, out int value) =>
        int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);

    public static bool TryParseInt64(string? text, out long value) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
}

using System.Globalization;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>SigV4's request time: <c>X-Amz-Date</c> in basic ISO 8601, <c>20261201T120000Z</c>, always UTC.</summary>
internal static class SigV4Date
{
    private const string Pattern = "yyyyMMdd'T'HHmmss'Z'";

    public static string Format(DateTimeOffset time) => time.UtcDateTime.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse(string? text, out DateTimeOffset time) => DateTimeOffset.TryParseExact(
        text, Pattern, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out time);
}

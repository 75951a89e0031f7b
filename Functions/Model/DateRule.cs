using System.Text.Json;

namespace EventFunctions.Model;

/// <summary><c>date</c>: a JSON string, exactly <c>YYYY-MM-DD</c>, naming a real day in years 0001-9999.</summary>
internal static class DateRule
{
    private const int Length = 10; // "YYYY-MM-DD"

    public static DateOnly? Read(JsonElement value, ValidationErrors errors)
    {
        Span<byte> buffer = stackalloc byte[Length];
        if (value.ValueKind != JsonValueKind.String
            || !JsonStrings.TryGetShortUtf8(value, buffer, out var text)
            || !TryParseDigits(text, out var year, out var month, out var day))
        {
            errors.Add(EventContract.Date.JsonName, ValidationMessages.DateFormat);
            return null;
        }

        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            errors.Add(EventContract.Date.JsonName, ValidationMessages.DateNotInCalendar);
            return null;
        }

        return new DateOnly(year, month, day);
    }

    /// <summary>Splits <c>DDDD-DD-DD</c> (ASCII digits only) into numbers, without checking their ranges.</summary>
    private static bool TryParseDigits(ReadOnlySpan<byte> text, out int year, out int month, out int day)
    {
        year = month = day = 0;
        if (text.Length != Length || text[4] != (byte)'-' || text[7] != (byte)'-')
        {
            return false;
        }

        return TryParseNumber(text[..4], out year)
            && TryParseNumber(text[5..7], out month)
            && TryParseNumber(text[8..], out day);
    }

    private static bool TryParseNumber(ReadOnlySpan<byte> digits, out int number)
    {
        number = 0;
        foreach (var b in digits)
        {
            if (!char.IsAsciiDigit((char)b))
            {
                return false;
            }

            number = (number * 10) + (b - '0');
        }

        return true;
    }
}

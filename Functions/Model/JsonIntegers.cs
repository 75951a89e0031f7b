namespace EventFunctions.Model;

/// <summary>
/// Exact integer test on JSON number text, as JSON Schema's <c>"integer"</c> means it: a number whose value has no
/// fractional part, whatever its spelling (<c>10</c>, <c>10.0</c>, <c>1e1</c>, <c>100e-1</c>). Decimal arithmetic on
/// the digits, so no rounding: <c>1.0000000000000000001</c> is not an integer, though it is as a double.
/// </summary>
internal static class JsonIntegers
{
    /// <summary>Values with more digits than this are reported as <see cref="long.MinValue"/>/<see cref="long.MaxValue"/>.</summary>
    private const int MaxExactDigits = 18;
    private const long MaxExponent = 1_000_000_000;

    /// <summary>
    /// Whether <paramref name="number"/> (JSON number text) is an integer; if so, its value, saturated to
    /// <see cref="long.MinValue"/>/<see cref="long.MaxValue"/> beyond 18 digits.
    /// </summary>
    public static bool TryGetExactInteger(ReadOnlySpan<byte> number, out long value)
    {
        value = 0;
        var negative = !number.IsEmpty && number[0] == '-';
        var i = negative ? 1 : 0;

        var start = i;
        i = SkipDigits(number, i);
        var integerDigits = number[start..i];

        var fractionDigits = ReadOnlySpan<byte>.Empty;
        if (i < number.Length && number[i] == '.')
        {
            start = ++i;
            i = SkipDigits(number, i);
            fractionDigits = number[start..i];
        }

        long exponent = 0;
        if (i < number.Length && (number[i] == 'e' || number[i] == 'E'))
        {
            var exponentNegative = ++i < number.Length && number[i] == '-';
            if (i < number.Length && (number[i] == '-' || number[i] == '+'))
            {
                i++;
            }

            for (; i < number.Length && char.IsAsciiDigit((char)number[i]); i++)
            {
                exponent = Math.Min((exponent * 10) + (number[i] - '0'), MaxExponent);
            }

            exponent = exponentNegative ? -exponent : exponent;
        }

        if (i != number.Length || integerDigits.IsEmpty)
        {
            return false; // not JSON number text
        }

        // value = (integerDigits ++ fractionDigits) × 10^(exponent − fractionDigits.Length)
        var total = integerDigits.Length + fractionDigits.Length;
        var first = 0;
        while (first < total && DigitAt(integerDigits, fractionDigits, first) == 0)
        {
            first++;
        }

        if (first == total)
        {
            return true; // zero, however spelled
        }

        var last = total - 1;
        while (DigitAt(integerDigits, fractionDigits, last) == 0)
        {
            last--;
        }

        // The power of ten of the lowest non-zero digit: negative means a fractional part.
        var scale = exponent - fractionDigits.Length + (total - 1 - last);
        if (scale < 0)
        {
            return false;
        }

        if (last - first + 1 + scale > MaxExactDigits)
        {
            value = negative ? long.MinValue : long.MaxValue;
            return true;
        }

        for (var k = first; k <= last; k++)
        {
            value = (value * 10) + DigitAt(integerDigits, fractionDigits, k);
        }

        for (; scale > 0; scale--)
        {
            value *= 10;
        }

        value = negative ? -value : value;
        return true;
    }

    private static int SkipDigits(ReadOnlySpan<byte> text, int i)
    {
        while (i < text.Length && char.IsAsciiDigit((char)text[i]))
        {
            i++;
        }

        return i;
    }

    private static int DigitAt(ReadOnlySpan<byte> integerDigits, ReadOnlySpan<byte> fractionDigits, int k) =>
        (k < integerDigits.Length ? integerDigits[k] : fractionDigits[k - integerDigits.Length]) - '0';
}

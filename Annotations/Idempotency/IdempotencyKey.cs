using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> header's rule: 1 to 255 visible ASCII characters, sent once, either bare
/// (<c>8e03978e-40d5</c>, as Stripe takes it) or as the draft's structured-field string (<c>"8e03978e-40d5"</c>,
/// no escapes; the quotes are not part of the key). Anything else is a 400: a key the server cannot read cannot
/// make a retry safe.
/// </summary>
public static class IdempotencyKey
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>The response header on a replayed response.</summary>
    public const string ReplayedHeaderName = "Idempotent-Replayed";

    public const int MaxLength = 255;

    public const string Rule =
        "Idempotency-Key must be sent once, as 1-255 visible ASCII characters, bare or in double quotes (no escapes).";

    public static bool TryParse(string? header, [NotNullWhen(true)] out string? key)
    {
        key = null;
        if (header is null)
        {
            return false;
        }

        var value = header.AsSpan().Trim(' ');
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
            if (value.ContainsAny('"', '\\') || !IsPrintable(value, allowSpace: true))
            {
                return false;
            }
        }
        else if (value.ContainsAny('"', ',') || !IsPrintable(value, allowSpace: false))
        {
            // A comma is how a client sends two values on one line (two lines, the guard refuses).
            return false;
        }

        if (value.Length is 0 or > MaxLength)
        {
            return false;
        }

        key = value.ToString();
        return true;
    }

    private static bool IsPrintable(ReadOnlySpan<char> value, bool allowSpace)
    {
        foreach (var c in value)
        {
            if (c is < '!' or > '~' && !(allowSpace && c == ' '))
            {
                return false;
            }
        }

        return true;
    }
}

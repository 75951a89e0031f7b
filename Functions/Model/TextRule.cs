using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>
/// Free-text fields: a JSON string of 1..max UTF-16 code units, not whitespace-only, with no control characters
/// and no unpaired surrogates. Accepted values are kept exactly as given (no trimming).
/// </summary>
internal static class TextRule
{
    /// <summary>
    /// The text when valid for <paramref name="definition"/> (its length limits; line breaks only for
    /// <see cref="EventFieldKind.Text"/>); otherwise <c>null</c>, with every broken rule added to <paramref name="errors"/>.
    /// </summary>
    public static string? Read(JsonElement value, EventFieldDefinition definition, ValidationErrors errors)
    {
        var field = definition.JsonName;
        if (value.ValueKind != JsonValueKind.String)
        {
            errors.Add(field, ValidationMessages.MustBeString);
            return null;
        }

        var text = JsonStrings.TryGetString(value);
        if (text is null)
        {
            errors.Add(field, ValidationMessages.InvalidCharacters);
            return null;
        }

        var valid = true;
        if (text.Length < definition.Minimum || text.Length > definition.Maximum)
        {
            errors.Add(field, definition.RangeMessage!);
            valid = false;
        }

        if (text.Length > 0 && text.AsSpan().IsWhiteSpace())
        {
            errors.Add(field, ValidationMessages.Blank);
            valid = false;
        }

        if (HasForbiddenCharacters(text, allowLineBreaks: definition.Kind == EventFieldKind.Text))
        {
            errors.Add(field, ValidationMessages.InvalidCharacters);
            valid = false;
        }

        return valid ? text : null;
    }

    /// <summary>
    /// C0 and C1 control characters, DEL, and unpaired surrogates. Long text (a description) may hold
    /// tabs and line breaks; the one-line fields may not.
    /// </summary>
    internal static bool HasForbiddenCharacters(ReadOnlySpan<char> text, bool allowLineBreaks = false)
    {
        for (var i = text.IndexOfAnyInRange('\u0000', '\u001F'); i >= 0; i = NextControl(text, i + 1))
        {
            if (!(allowLineBreaks && text[i] is '\t' or '\n' or '\r'))
            {
                return true;
            }
        }

        if (text.IndexOfAnyInRange('\u007F', '\u009F') >= 0)
        {
            return true;
        }

        for (var i = text.IndexOfAnyInRange('\uD800', '\uDFFF'); i >= 0 && i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(text[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static int NextControl(ReadOnlySpan<char> text, int start)
    {
        var next = text[start..].IndexOfAnyInRange('\u0000', '\u001F');
        return next < 0 ? -1 : start + next;
    }
}

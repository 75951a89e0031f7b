namespace EventFunctions.Annotations.Runtime;

/// <summary>Guards response headers against injection: no control characters, names are RFC 9110 tokens.</summary>
public static class HeaderValues
{
    public static void EnsureSafe(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        if (name.Length == 0 || !name.All(IsTokenChar))
        {
            throw new ArgumentException("A header name must be a non-empty RFC 9110 token.", nameof(name));
        }

        if (value.Any(c => c is < ' ' and not '\t' or '\u007f'))
        {
            throw new ArgumentException($"The value of header '{name}' contains a control character.", nameof(value));
        }
    }

    private static bool IsTokenChar(char c) =>
        c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';
}

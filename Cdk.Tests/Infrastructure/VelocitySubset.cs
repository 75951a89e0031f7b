using System.Text;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// Renders a mapping template written with exactly two Velocity constructs, <c>#set($x='literal')</c> and
/// <c>${x}</c> of a variable set before; any other <c>$</c> or <c>#</c>, a backslash before one (Velocity's escape),
/// or whitespace right after a <c>#set</c> (which Velocity may swallow) is an error, so a template this renders
/// means the same to Velocity.
/// </summary>
public static class VelocitySubset
{
    private const string SetStart = "#set($";
    private const string SetMiddle = "='";
    private const string SetEnd = "')";

    public static string Render(string template)
    {
        ArgumentNullException.ThrowIfNull(template);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        var output = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            if (At(template, i, SetStart))
            {
                var nameStart = i + SetStart.Length;
                var valueStart = IndexAfter(template, SetMiddle, nameStart);
                var end = IndexAfter(template, SetEnd, valueStart);
                variables[Name(template[nameStart..(valueStart - SetMiddle.Length)])] = template[valueStart..(end - SetEnd.Length)];
                if (end < template.Length && char.IsWhiteSpace(template[end]))
                {
                    throw new FormatException($"Whitespace right after the #set at {i}.");
                }

                i = end;
            }
            else if (At(template, i, "${"))
            {
                var end = IndexAfter(template, "}", i + 2);
                var name = Name(template[(i + 2)..(end - 1)]);
                output.Append(variables.TryGetValue(name, out var value) ? value : throw new FormatException($"${{{name}}} at {i} was never set."));
                i = end;
            }
            else if (template[i] is '$' or '#' || (template[i] == '\\' && i + 1 < template.Length && template[i + 1] is '$' or '#'))
            {
                throw new FormatException($"'{template[i]}' at {i} starts a construct this reader does not know.");
            }
            else
            {
                output.Append(template[i]);
                i++;
            }
        }

        return output.ToString();
    }

    private static bool At(string text, int index, string value) => string.CompareOrdinal(text, index, value, 0, value.Length) == 0;

    private static int IndexAfter(string text, string value, int start)
    {
        var index = text.IndexOf(value, start, StringComparison.Ordinal);
        return index >= 0 ? index + value.Length : throw new FormatException($"No '{value}' after {start}.");
    }

    private static string Name(string name) =>
        name.Length > 0 && char.IsAsciiLetter(name[0]) && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-')
            ? name
            : throw new FormatException($"'{name}' is not a Velocity identifier.");
}

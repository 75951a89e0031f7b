using System.Text;

namespace EventFunctions.Model;

/// <summary>
/// A regular-expression character class body such as <c>A-Za-z0-9._~-</c> (ranges <c>X-Y</c> and single
/// characters; a trailing <c>-</c> is literal), expanded or described for people. Used once, at type initialization.
/// </summary>
internal static class CharacterClass
{
    /// <summary>Every character of the class, for <see cref="System.Buffers.SearchValues"/>.</summary>
    public static string Expand(string characterClass)
    {
        var all = new StringBuilder();
        Walk(characterClass, (first, last) =>
        {
            for (var c = first; c <= last; c++)
            {
                all.Append(c);
            }
        });
        return all.ToString();
    }

    /// <summary>The class for an error message: <c>A-Z, a-z, 0-9, '.', '_', '~', '-'</c>.</summary>
    public static string Describe(string characterClass)
    {
        var parts = new List<string>();
        Walk(characterClass, (first, last) => parts.Add(first == last ? $"'{first}'" : $"{first}-{last}"));
        return string.Join(", ", parts);
    }

    private static void Walk(string characterClass, Action<char, char> range)
    {
        ArgumentException.ThrowIfNullOrEmpty(characterClass);
        for (var i = 0; i < characterClass.Length; i++)
        {
            if (i + 2 < characterClass.Length && characterClass[i + 1] == '-')
            {
                range(characterClass[i], characterClass[i + 2]);
                i += 2;
            }
            else
            {
                range(characterClass[i], characterClass[i]);
            }
        }
    }
}

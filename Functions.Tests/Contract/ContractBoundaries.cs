using System.Globalization;
using EventFunctions.Model;
using EventFunctions.Tests.Model;

namespace EventFunctions.Tests.Contract;

/// <summary>
/// Boundary inputs derived from <see cref="EventContract"/> alone: for every limited field each limit and one past
/// it, and for the id each end of each allowed character range and the character just outside it.
/// </summary>
internal static class ContractBoundaries
{
    /// <summary>(field, JSON value, whether the contract accepts it).</summary>
    public static IEnumerable<(EventFieldDefinition Field, string Json, bool Valid)> Values()
    {
        foreach (var field in EventContract.Fields)
        {
            if (field.ReadOnly || field.Minimum is not { } min || field.Maximum is not { } max)
            {
                continue;
            }

            var values = field.Kind == EventFieldKind.IntegerRange
                ? Integers(min, max)
                : Lengths(min, max);
            foreach (var (json, valid) in values)
            {
                yield return (field, json, valid);
            }

            if (field.CharacterClass is { } characterClass)
            {
                foreach (var (json, valid) in CharacterEdges(characterClass))
                {
                    yield return (field, json, valid);
                }
            }
        }
    }

    /// <summary>A string of <paramref name="length"/> allowed, non-blank characters.</summary>
    public static string Text(int length) => new('x', length);

    private static IEnumerable<(string Json, bool Valid)> Integers(int min, int max)
    {
        yield return (Number(min), true);
        yield return (Number(max), true);
        yield return (Number(min - 1L), false);
        yield return (Number(max + 1L), false);
    }

    private static IEnumerable<(string Json, bool Valid)> Lengths(int min, int max)
    {
        yield return (Json(Text(min)), true);
        yield return (Json(Text(max)), true);
        if (min > 0)
        {
            yield return (Json(Text(min - 1)), false);
        }

        yield return (Json(Text(max + 1)), false);
    }

    private static IEnumerable<(string Json, bool Valid)> CharacterEdges(string characterClass)
    {
        var allowed = CharacterClass.Expand(characterClass);
        foreach (var c in allowed)
        {
            yield return (Json(c.ToString()), true);
            foreach (var neighbour in new[] { (char)(c - 1), (char)(c + 1) })
            {
                if (!allowed.Contains(neighbour, StringComparison.Ordinal) && !char.IsControl(neighbour))
                {
                    yield return (Json(neighbour.ToString()), false);
                }
            }
        }
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Json(string text) => RequestBodies.Quote(text);
}

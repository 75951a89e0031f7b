using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Http;

/// <summary>The rules of <c>GET /events</c>'s query beyond what binding checks: the limit range (<see cref="EventContract.Limit"/>) and the date order.</summary>
internal static class ListQueryValidator
{
    /// <summary>The store query, or <c>null</c> with the errors keyed by parameter name.</summary>
    public static EventQuery? Validate(
        EventStatus? status,
        DateOnly? from,
        DateOnly? to,
        int? limit,
        string? nextToken,
        out IReadOnlyDictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var range = EventContract.Limit;
        if (limit < range.Minimum || limit > range.Maximum)
        {
            problems[range.Name] = [range.RangeMessage];
        }

        if (from > to)
        {
            problems["from"] = ["must not be after to"];
        }

        if (nextToken is { Length: 0 })
        {
            problems["nextToken"] = ["must not be empty"];
        }

        errors = problems;
        return problems.Count > 0 ? null : new EventQuery(status, from, to, limit ?? range.Default, nextToken);
    }
}

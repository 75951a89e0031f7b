using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Http;

/// <summary>The rules of <c>GET /events</c>'s query beyond what binding checks: the limit range and the date order.</summary>
internal static class ListQueryValidator
{
    public const int DefaultLimit = 100;

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
        if (limit is < 1 or > EventQuery.MaxLimit)
        {
            problems["limit"] = [$"must be between 1 and {EventQuery.MaxLimit}"];
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
        return problems.Count > 0 ? null : new EventQuery(status, from, to, limit ?? DefaultLimit, nextToken);
    }
}

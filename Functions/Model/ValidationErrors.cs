using System.Collections.ObjectModel;

namespace EventFunctions.Model;

/// <summary>
/// Validation messages keyed by JSON property name, in the order the fields were first reported.
/// Allocates nothing until the first error; a message already recorded for a field is not repeated.
/// </summary>
public sealed class ValidationErrors
{
    private OrderedDictionary<string, string[]>? _errors;

    public bool IsEmpty => _errors is null;

    /// <summary>How many fields have at least one message.</summary>
    public int Count => _errors?.Count ?? 0;

    public void Add(string field, string message)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentException.ThrowIfNullOrEmpty(message);

        _errors ??= new OrderedDictionary<string, string[]>(StringComparer.Ordinal);
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors.Add(field, [message]);
        }
        else if (Array.IndexOf(messages, message) < 0)
        {
            _errors[field] = [.. messages, message];
        }
    }

    /// <summary>A read-only snapshot, e.g. for the <c>errors</c> member of a 422 problem response.</summary>
    public IReadOnlyDictionary<string, string[]> ToDictionary()
    {
        if (_errors is null)
        {
            return ReadOnlyDictionary<string, string[]>.Empty;
        }

        var copy = new OrderedDictionary<string, string[]>(_errors.Count, StringComparer.Ordinal);
        foreach (var (field, messages) in _errors)
        {
            copy.Add(field, (string[])messages.Clone());
        }

        return new ReadOnlyDictionary<string, string[]>(copy);
    }
}

using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Model;

/// <summary>Either a validated value (<see cref="IsValid"/>) or the errors that prevented it, never both.</summary>
public sealed class ValidationResult<T>
    where T : class
{
    /// <exception cref="ArgumentException">
    /// Neither or both of a value and errors were given.
    /// </exception>
    public ValidationResult(T? value, IReadOnlyDictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (value is null == (errors.Count == 0))
        {
            throw new ArgumentException("Give either a value or at least one error.", nameof(errors));
        }

        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    /// <summary>Messages by JSON property name; empty when valid.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;
}

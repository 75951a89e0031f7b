using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Model;

/// <summary>The event id rule (<see cref="EventContract.EventId"/>: 1-100 characters of <c>[A-Za-z0-9._~-]</c>, URL-safe without escaping) and id generation.</summary>
public static class EventIds
{
    private static readonly int MinLength = EventContract.EventId.Minimum!.Value;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create(CharacterClass.Expand(EventContract.EventId.CharacterClass!));

    public static int MaxLength { get; } = EventContract.EventId.Maximum!.Value;

    /// <summary>Whether <paramref name="id"/> has the length and characters of <see cref="EventContract.EventId"/>.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is not null && id.Length >= MinLength && id.Length <= MaxLength && !id.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>
    /// A new event's id when the body gives none, a lowercase UUID in "D" format (e.g.
    /// <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>): random, or, under an Idempotency-Key, derived from the key and the
    /// request, so that a retry after a crash between the event's write and its record's completion finds the event it wrote.
    /// </summary>
    public static string NewId(IdempotencyScope? scope = null) => (scope?.DerivedId() ?? Guid.NewGuid()).ToString("D");
}

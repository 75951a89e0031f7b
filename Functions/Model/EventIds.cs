using System.Buffers;
using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Model;

/// <summary>The event id rule (1-100 characters of <c>[A-Za-z0-9._~-]</c>, URL-safe without escaping) and id generation.</summary>
public static class EventIds
{
    public const int MaxLength = 100;

    private static readonly SearchValues<char> Allowed =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-");

    /// <summary>Whether <paramref name="id"/> is 1-100 characters of <c>[A-Za-z0-9._~-]</c>.</summary>
    public static bool IsValid([NotNullWhen(true)] string? id) =>
        id is { Length: >= 1 and <= MaxLength } && !id.AsSpan().ContainsAnyExcept(Allowed);

    /// <summary>A new random id: a lowercase UUID in "D" format, e.g. <c>0f8fad5b-d9cb-469f-a165-70867728950e</c>.</summary>
    public static string NewId() => Guid.NewGuid().ToString("D");
}

using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>One page of events; <paramref name="NextPageToken"/> is <c>null</c> on the last page.</summary>
public sealed record EventPage(IReadOnlyList<Event> Items, string? NextPageToken);

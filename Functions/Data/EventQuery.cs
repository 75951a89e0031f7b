using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// A list request. With <paramref name="Status"/> the events come in date order; <paramref name="From"/> and
/// <paramref name="To"/> are inclusive. <paramref name="Limit"/> is within <see cref="EventContract.Limit"/>'s range.
/// </summary>
public sealed record EventQuery(EventStatus? Status, DateOnly? From, DateOnly? To, int Limit, string? PageToken)
{
    public static int MaxLimit => EventContract.Limit.Maximum;
}

namespace EventFunctions.Model;

/// <summary>What a client decides about an event: everything but the server-set timestamps and version.</summary>
public abstract record EventDetails
{
    public required string EventId { get; init; }

    public required string Title { get; init; }

    public required string Description { get; init; }

    public required DateOnly Date { get; init; }

    public required string Location { get; init; }

    public required int Capacity { get; init; }

    public required string Organizer { get; init; }

    public required EventStatus Status { get; init; }
}

namespace EventFunctions.Model;

/// <summary>A validated create request; the id is already chosen (given or generated).</summary>
public sealed record NewEvent
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

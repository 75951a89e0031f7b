namespace EventFunctions.Model;

/// <summary>A partial update: the mutable fields to set; <c>null</c> leaves a field as it is.</summary>
public sealed record EventChanges
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public DateOnly? Date { get; init; }

    public string? Location { get; init; }

    public int? Capacity { get; init; }

    public string? Organizer { get; init; }

    public EventStatus? Status { get; init; }

    /// <summary>
    /// Who makes the change (the authorizer's caller, never the body): the stored <c>updatedBy</c> becomes it, or is
    /// removed when it is <c>null</c> (no authorizer), so it never names someone who did not make the last change.
    /// Not a field to set: <see cref="IsEmpty"/> ignores it.
    /// </summary>
    public string? UpdatedBy { get; init; }

    public bool IsEmpty =>
        Title is null && Description is null && Date is null && Location is null
        && Capacity is null && Organizer is null && Status is null;
}

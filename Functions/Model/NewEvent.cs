namespace EventFunctions.Model;

/// <summary>A validated create request; the id is already chosen (given or generated).</summary>
public sealed record NewEvent : EventDetails
{
    /// <summary>Who creates it (the authorizer's caller, never the body); <c>null</c> without an authorizer.</summary>
    public string? CreatedBy { get; init; }
}

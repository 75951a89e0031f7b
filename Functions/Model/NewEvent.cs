namespace EventFunctions.Model;

/// <summary>A validated create request; the id is already chosen (given or generated).</summary>
public sealed record NewEvent : EventDetails;

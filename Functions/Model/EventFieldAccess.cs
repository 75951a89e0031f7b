namespace EventFunctions.Model;

/// <summary>Who may set an event field, and when.</summary>
public enum EventFieldAccess
{
    /// <summary>A create may give it and an update may change it.</summary>
    Mutable,

    /// <summary>A create may give it; afterwards it is read-only (the id).</summary>
    SetOnCreate,

    /// <summary>Set by the server only: read-only in every request body.</summary>
    ServerSet,
}

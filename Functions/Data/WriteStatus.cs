namespace EventFunctions.Data;

/// <summary>How a write ended.</summary>
public enum WriteStatus
{
    Succeeded,
    NotFound,
    AlreadyExists,
    VersionMismatch,
}

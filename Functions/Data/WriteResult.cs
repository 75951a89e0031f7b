using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>The outcome of a write; <see cref="Event"/> is set only when it <see cref="WriteStatus.Succeeded"/>.</summary>
public sealed record WriteResult(WriteStatus Status, Event? Event)
{
    public static WriteResult NotFound { get; } = new(WriteStatus.NotFound, null);

    public static WriteResult AlreadyExists { get; } = new(WriteStatus.AlreadyExists, null);

    public static WriteResult VersionMismatch { get; } = new(WriteStatus.VersionMismatch, null);

    public static WriteResult Success(Event stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return new WriteResult(WriteStatus.Succeeded, stored);
    }
}

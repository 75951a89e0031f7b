namespace EventFunctions.Data;

/// <summary>Where the events live.</summary>
public sealed class EventStoreOptions
{
    public required string TableName { get; init; }

    public string StatusDateIndexName { get; init; } = EventTable.StatusDateIndexName;
}

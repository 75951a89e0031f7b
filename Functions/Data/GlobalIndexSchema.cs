using Amazon.DynamoDBv2;

namespace EventFunctions.Data;

/// <summary>A global secondary index of the table: name, key schema and projection.</summary>
public sealed record GlobalIndexSchema(
    string Name, TableKey PartitionKey, TableKey? SortKey, ProjectionType Projection)
{
    /// <summary>The index's key attributes, partition key first.</summary>
    public IEnumerable<TableKey> Keys => SortKey is null ? [PartitionKey] : [PartitionKey, SortKey];
}

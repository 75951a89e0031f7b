using Amazon.DynamoDBv2;

namespace EventFunctions.Data;

/// <summary>
/// The events table's schema, declared once: keys, attribute types, indexes, billing. The CreateTable request
/// (<see cref="EventTable.BuildCreateTableRequest"/>), the CDK <c>EventsTable</c> construct and the SAM template's
/// <c>AWS::DynamoDB::Table</c> are all derived from it.
/// </summary>
public static class EventTableSchema
{
    /// <summary>Partition key of the table: <c>eventId</c> (S).</summary>
    public static readonly TableKey PartitionKey = new(EventTable.EventIdAttribute, ScalarAttributeType.S);

    /// <summary><c>status-date-index</c>: partition <c>status</c> (S), sort <c>date</c> (S), projection ALL.</summary>
    public static readonly GlobalIndexSchema StatusDateIndex = new(
        EventTable.StatusDateIndexName,
        new TableKey(EventTable.StatusAttribute, ScalarAttributeType.S),
        new TableKey(EventTable.DateAttribute, ScalarAttributeType.S),
        ProjectionType.ALL);

    /// <summary>On-demand capacity.</summary>
    public static readonly BillingMode BillingMode = BillingMode.PAY_PER_REQUEST;

    /// <summary>Every global secondary index of the table.</summary>
    public static readonly IReadOnlyList<GlobalIndexSchema> GlobalIndexes = [StatusDateIndex];

    /// <summary>Every key attribute of the table and its indexes, once each, in order of first use.</summary>
    public static IReadOnlyList<TableKey> KeyAttributes { get; } =
        [.. GlobalIndexes.SelectMany(index => index.Keys).Prepend(PartitionKey).DistinctBy(key => key.Name)];
}

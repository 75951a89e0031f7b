using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// The events table: its attribute names (each field's <see cref="EventFieldDefinition.AttributeName"/>), its index
/// name, its CreateTable request and creating it.
/// </summary>
public static class EventTable
{
    public static string EventIdAttribute => EventContract.EventId.AttributeName;
    public static string TitleAttribute => EventContract.Title.AttributeName;
    public static string DescriptionAttribute => EventContract.Description.AttributeName;
    public static string DateAttribute => EventContract.Date.AttributeName;
    public static string LocationAttribute => EventContract.Location.AttributeName;
    public static string CapacityAttribute => EventContract.Capacity.AttributeName;
    public static string OrganizerAttribute => EventContract.Organizer.AttributeName;
    public static string StatusAttribute => EventContract.Status.AttributeName;
    public static string CreatedAtAttribute => EventContract.CreatedAt.AttributeName;
    public static string UpdatedAtAttribute => EventContract.UpdatedAt.AttributeName;
    public static string VersionAttribute => EventContract.Version.AttributeName;
    public static string CreatedByAttribute => EventContract.CreatedBy.AttributeName;
    public static string UpdatedByAttribute => EventContract.UpdatedBy.AttributeName;

    /// <summary>The name of <see cref="EventTableSchema.StatusDateIndex"/>.</summary>
    public const string StatusDateIndexName = "status-date-index";

    /// <summary>The CreateTable request of <see cref="EventTableSchema"/> for a table of this name.</summary>
    public static CreateTableRequest BuildCreateTableRequest(string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = EventTableSchema.BillingMode,
            AttributeDefinitions = [.. EventTableSchema.KeyAttributes.Select(key => new AttributeDefinition(key.Name, key.Type))],
            KeySchema = [new KeySchemaElement(EventTableSchema.PartitionKey.Name, KeyType.HASH)],
            GlobalSecondaryIndexes = [.. EventTableSchema.GlobalIndexes.Select(ToGlobalSecondaryIndex)],
        };
    }

    /// <summary>Creates the table unless it exists, then waits (up to two minutes) until it and its index are ACTIVE.</summary>
    public static Task EnsureCreatedAsync(IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken) =>
        EnsureCreatedAsync(client, tableName, TableCreation.DefaultMaxWait, cancellationToken);

    /// <summary>Creates the table unless it exists, then waits until it and its index are ACTIVE.</summary>
    /// <exception cref="TimeoutException">The table was not ACTIVE within <paramref name="maxWait"/>.</exception>
    /// <exception cref="InvalidOperationException">The table exists without the status/date index.</exception>
    public static Task EnsureCreatedAsync(
        IAmazonDynamoDB client, string tableName, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return TableCreation.EnsureCreatedAsync(client, BuildCreateTableRequest(tableName), maxWait, cancellationToken);
    }

    private static GlobalSecondaryIndex ToGlobalSecondaryIndex(GlobalIndexSchema index) => new()
    {
        IndexName = index.Name,
        KeySchema = index.SortKey is null
            ? [new KeySchemaElement(index.PartitionKey.Name, KeyType.HASH)]
            : [new KeySchemaElement(index.PartitionKey.Name, KeyType.HASH), new KeySchemaElement(index.SortKey.Name, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = index.Projection },
    };
}

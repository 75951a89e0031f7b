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

    /// <summary>The name of <see cref="EventTableSchema.StatusDateIndex"/>.</summary>
    public const string StatusDateIndexName = "status-date-index";

    private static readonly TimeSpan DefaultMaxWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(2);

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
        EnsureCreatedAsync(client, tableName, DefaultMaxWait, cancellationToken);

    /// <summary>Creates the table unless it exists, then waits until it and its index are ACTIVE.</summary>
    /// <exception cref="TimeoutException">The table was not ACTIVE within <paramref name="maxWait"/>.</exception>
    /// <exception cref="InvalidOperationException">The table exists without the status/date index.</exception>
    public static async Task EnsureCreatedAsync(
        IAmazonDynamoDB client, string tableName, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxWait, TimeSpan.Zero);

        var description = await DescribeAsync(client, tableName, cancellationToken);
        if (description is null)
        {
            try
            {
                var created = await client.CreateTableAsync(BuildCreateTableRequest(tableName), cancellationToken);
                description = created.TableDescription;
            }
            catch (ResourceInUseException)
            {
                // Someone else created it first: wait for theirs.
            }
        }

        var started = TimeProvider.System.GetTimestamp();
        var interval = TimeSpan.FromMilliseconds(25);
        while (description is null || !IsReady(description))
        {
            if (TimeProvider.System.GetElapsedTime(started) > maxWait)
            {
                throw new TimeoutException(
                    $"Table '{tableName}' was not ACTIVE within {maxWait.TotalSeconds:0} s "
                    + $"(status: {description?.TableStatus?.Value ?? "unknown"}).");
            }

            await Task.Delay(interval, cancellationToken);
            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, MaxPollInterval.Ticks));
            description = await DescribeAsync(client, tableName, cancellationToken);
        }

        foreach (var index in EventTableSchema.GlobalIndexes)
        {
            if (description.GlobalSecondaryIndexes?.Exists(existing => existing.IndexName == index.Name) != true)
            {
                throw new InvalidOperationException($"Table '{tableName}' exists but has no '{index.Name}' index.");
            }
        }
    }

    private static GlobalSecondaryIndex ToGlobalSecondaryIndex(GlobalIndexSchema index) => new()
    {
        IndexName = index.Name,
        KeySchema = index.SortKey is null
            ? [new KeySchemaElement(index.PartitionKey.Name, KeyType.HASH)]
            : [new KeySchemaElement(index.PartitionKey.Name, KeyType.HASH), new KeySchemaElement(index.SortKey.Name, KeyType.RANGE)],
        Projection = new Projection { ProjectionType = index.Projection },
    };

    private static async Task<TableDescription?> DescribeAsync(
        IAmazonDynamoDB client, string tableName, CancellationToken cancellationToken)
    {
        try
        {
            var response = await client.DescribeTableAsync(tableName, cancellationToken);
            return response.Table;
        }
        catch (ResourceNotFoundException)
        {
            return null;
        }
    }

    private static bool IsReady(TableDescription table) =>
        table.TableStatus == TableStatus.ACTIVE
        && (table.GlobalSecondaryIndexes ?? []).TrueForAll(index => index.IndexStatus == IndexStatus.ACTIVE);
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EventFunctions.Data;

/// <summary>Creates a table from its CreateTable request unless it exists, then waits until it and its indexes are ACTIVE.</summary>
internal static class TableCreation
{
    public static readonly TimeSpan DefaultMaxWait = TimeSpan.FromMinutes(2);
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(2);

    /// <exception cref="TimeoutException">The table was not ACTIVE within <paramref name="maxWait"/>.</exception>
    /// <exception cref="InvalidOperationException">The table exists without one of the request's indexes.</exception>
    public static async Task EnsureCreatedAsync(
        IAmazonDynamoDB client, CreateTableRequest request, TimeSpan maxWait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(maxWait, TimeSpan.Zero);
        var tableName = request.TableName;

        var description = await DescribeAsync(client, tableName, cancellationToken);
        if (description is null)
        {
            try
            {
                var created = await client.CreateTableAsync(request, cancellationToken);
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

        foreach (var index in request.GlobalSecondaryIndexes ?? [])
        {
            if (description.GlobalSecondaryIndexes?.Exists(existing => existing.IndexName == index.IndexName) != true)
            {
                throw new InvalidOperationException($"Table '{tableName}' exists but has no '{index.IndexName}' index.");
            }
        }
    }

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

using Amazon.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// Creates the events table and its index, and the idempotency records' table, unless they exist, with the client configuration the functions use and the
/// credentials and region their environments get (the gateway's own process variables are not theirs).
/// </summary>
internal static class EventsTableSetup
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public static async Task EnsureAsync(
        string tableName, string idempotencyTableName, Uri endpoint, IReadOnlyDictionary<string, string> functionVariables, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(functionVariables);
        var config = DynamoDbClientFactory.CreateConfig(new FunctionSettings(tableName, endpoint));
        config.AuthenticationRegion = functionVariables.GetValueOrDefault("AWS_REGION", LocalAccount.Region);
        using var client = functionVariables.TryGetValue("AWS_ACCESS_KEY_ID", out var key)
            && functionVariables.TryGetValue("AWS_SECRET_ACCESS_KEY", out var secret)
            ? new Amazon.DynamoDBv2.AmazonDynamoDBClient(
                functionVariables.TryGetValue("AWS_SESSION_TOKEN", out var token)
                    ? new SessionAWSCredentials(key, secret, token)
                    : new BasicAWSCredentials(key, secret),
                config)
            : new Amazon.DynamoDBv2.AmazonDynamoDBClient(config);
        try
        {
            await EventTable.EnsureCreatedAsync(client, tableName, MaxWait, cancellationToken);
            await IdempotencyTable.EnsureCreatedAsync(client, idempotencyTableName, MaxWait, cancellationToken);
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException
            or TimeoutException or InvalidOperationException or HttpRequestException)
        {
            throw new GatewayStartupException(
                $"Could not create or use table '{tableName}' at {endpoint}: {exception.Message}", exception);
        }
    }
}

using Amazon.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>Creates the events table and its index unless they exist, with the client the functions use.</summary>
internal static class EventsTableSetup
{
    private static readonly TimeSpan MaxWait = TimeSpan.FromSeconds(30);

    public static async Task EnsureAsync(string tableName, Uri endpoint, CancellationToken cancellationToken)
    {
        using var client = DynamoDbClientFactory.Create(new FunctionSettings(tableName, endpoint));
        try
        {
            await EventTable.EnsureCreatedAsync(client, tableName, MaxWait, cancellationToken);
        }
        catch (Exception exception) when (exception is AmazonServiceException or AmazonClientException
            or TimeoutException or InvalidOperationException or HttpRequestException)
        {
            throw new GatewayStartupException(
                $"Could not create or use table '{tableName}' at {endpoint}: {exception.Message}", exception);
        }
    }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

namespace EventFunctions.Data;

/// <summary>
/// The idempotency records' own table, declared once (the CreateTable request, the CDK stack and the SAM template
/// derive from it): partition key <c>id</c>, on-demand, DynamoDB TTL on <c>expiresAt</c>. A table of its own, not
/// typed items among the events: a list's Scan never reads past them, and each function's role can be granted the
/// record actions without also being granted them on events.
/// </summary>
public static class IdempotencyTable
{
    public const string IdAttribute = "id";
    public const string StateAttribute = "state";
    public const string FingerprintAttribute = "fingerprint";

    /// <summary>Epoch seconds after which the record counts as absent; DynamoDB TTL deletes it some time later.</summary>
    public const string ExpiresAtAttribute = "expiresAt";

    /// <summary>Epoch milliseconds until which an in-progress claim holds: its invocation's deadline.</summary>
    public const string LockedUntilAttribute = "lockedUntil";

    public const string StatusCodeAttribute = "statusCode";
    public const string HeadersAttribute = "headers";
    public const string BodyAttribute = "body";
    public const string BodyIsBase64Attribute = "bodyIsBase64";

    public const string InProgress = "IN_PROGRESS";
    public const string Completed = "COMPLETED";

    public static readonly TableKey PartitionKey = new(IdAttribute, ScalarAttributeType.S);

    public static readonly BillingMode BillingMode = BillingMode.PAY_PER_REQUEST;

    public static CreateTableRequest BuildCreateTableRequest(string tableName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tableName);
        return new CreateTableRequest
        {
            TableName = tableName,
            BillingMode = BillingMode,
            AttributeDefinitions = [new AttributeDefinition(PartitionKey.Name, PartitionKey.Type)],
            KeySchema = [new KeySchemaElement(PartitionKey.Name, KeyType.HASH)],
        };
    }

    /// <summary>Creates the table unless it exists, then waits until it is ACTIVE.</summary>
    public static Task EnsureCreatedAsync(IAmazonDynamoDB client, string tableName, TimeSpan maxWait, CancellationToken cancellationToken) =>
        TableCreation.EnsureCreatedAsync(client, BuildCreateTableRequest(tableName), maxWait, cancellationToken);
}

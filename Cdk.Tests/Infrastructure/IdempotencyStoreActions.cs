namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// The actions an idempotent function's role is allowed on the records table, spelled out here rather than read from
/// <see cref="Data.DynamoDbIdempotencyStore.DynamoDbActions"/>, so that widening the grant fails a test.
/// </summary>
public static class IdempotencyStoreActions
{
    public static IReadOnlyList<string> All { get; } = ["dynamodb:PutItem", "dynamodb:GetItem", "dynamodb:UpdateItem", "dynamodb:DeleteItem"];
}

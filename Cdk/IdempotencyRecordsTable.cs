using Amazon.CDK;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using EventFunctions.Data;

namespace EventFunctions.Cdk;

/// <summary>
/// The idempotency records' table as <see cref="IdempotencyTable"/> declares it, DynamoDB TTL on its expiry attribute.
/// Retained and backed up like the events table: a restored events table is only consistent with records restored
/// to the same point in time, or a retry could replay a response whose write was lost.
/// </summary>
internal sealed class IdempotencyRecordsTable : Construct
{
    public IdempotencyRecordsTable(Construct scope, string id, bool destroyOnDelete)
        : base(scope, id)
    {
        Table = new Table(this, "Table", new TableProps
        {
            PartitionKey = TableSchemaProps.Attribute(IdempotencyTable.PartitionKey),
            BillingMode = TableSchemaProps.BillingModeOf(IdempotencyTable.BillingMode),
            TimeToLiveAttribute = IdempotencyTable.ExpiresAtAttribute,
            PointInTimeRecovery = true,
            RemovalPolicy = destroyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        });
    }

    public Table Table { get; }
}

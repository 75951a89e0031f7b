using Amazon.CDK.AWS.DynamoDB;
using EventFunctions.Data;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;
using Sdk = Amazon.DynamoDBv2;

namespace EventFunctions.Cdk;

/// <summary><see cref="EventTableSchema"/> in the CDK's terms: key attributes, billing mode, index props.</summary>
internal static class TableSchemaProps
{
    public static Attribute Attribute(TableKey key) => new() { Name = key.Name, Type = AttributeTypeOf(key.Type) };

    public static BillingMode BillingModeOf(Sdk.BillingMode mode) =>
        mode == Sdk.BillingMode.PAY_PER_REQUEST ? BillingMode.PAY_PER_REQUEST
        : mode == Sdk.BillingMode.PROVISIONED ? BillingMode.PROVISIONED
        : throw new ArgumentOutOfRangeException(nameof(mode), mode.Value, "No CDK billing mode.");

    public static GlobalSecondaryIndexProps GlobalIndex(GlobalIndexSchema index)
    {
        ArgumentNullException.ThrowIfNull(index);
        return new GlobalSecondaryIndexProps
        {
            IndexName = index.Name,
            PartitionKey = Attribute(index.PartitionKey),
            SortKey = index.SortKey is null ? null : Attribute(index.SortKey),
            ProjectionType = ProjectionTypeOf(index.Projection),
        };
    }

    private static AttributeType AttributeTypeOf(Sdk.ScalarAttributeType type) =>
        type == Sdk.ScalarAttributeType.S ? AttributeType.STRING
        : type == Sdk.ScalarAttributeType.N ? AttributeType.NUMBER
        : type == Sdk.ScalarAttributeType.B ? AttributeType.BINARY
        : throw new ArgumentOutOfRangeException(nameof(type), type.Value, "No CDK attribute type.");

    private static ProjectionType ProjectionTypeOf(Sdk.ProjectionType projection) =>
        projection == Sdk.ProjectionType.ALL ? ProjectionType.ALL
        : projection == Sdk.ProjectionType.KEYS_ONLY ? ProjectionType.KEYS_ONLY
        : throw new ArgumentOutOfRangeException(nameof(projection), projection.Value, "No CDK projection for it here (INCLUDE needs attributes).");
}

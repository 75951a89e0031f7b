using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using EventFunctions.Data;

namespace EventFunctions.Cdk;

/// <summary>The events table as <see cref="EventTableSchema"/> declares it, with backups, retention and alarms on its throttling.</summary>
internal sealed class EventsTable : Construct
{
    public EventsTable(Construct scope, string id, bool destroyOnDelete, IEnumerable<string> operations)
        : base(scope, id)
    {
        Table = new Table(this, "Table", new TableProps
        {
            PartitionKey = TableSchemaProps.Attribute(EventTableSchema.PartitionKey),
            BillingMode = TableSchemaProps.BillingModeOf(EventTableSchema.BillingMode),
            PointInTimeRecovery = true,
            RemovalPolicy = destroyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        });
        foreach (var index in EventTableSchema.GlobalIndexes)
        {
            Table.AddGlobalSecondaryIndex(TableSchemaProps.GlobalIndex(index));
        }

        IndexArn = $"{Table.TableArn}/index/{EventTableSchema.StatusDateIndex.Name}";

        AddThrottleAlarms([.. operations]);
    }

    public Table Table { get; }

    public string IndexArn { get; }

    private void AddThrottleAlarms(string[] operations)
    {
        var period = Duration.Minutes(5);
        ThresholdAlarm.Add(this, "ReadThrottleAlarm", Table.Metric("ReadThrottleEvents", Sum(period)),
            "Reads of the events table (or its index) were throttled.");
        ThresholdAlarm.Add(this, "WriteThrottleAlarm", Table.Metric("WriteThrottleEvents", Sum(period)),
            "Writes to the events table were throttled.");

        // ThrottledRequests exists only per operation; sum the operations the functions use.
        var perOperation = new Dictionary<string, IMetric>();
        for (var i = 0; i < operations.Length; i++)
        {
            perOperation[$"op{i}"] = Table.MetricThrottledRequestsForOperation(operations[i], Sum(period));
        }

        var throttledRequests = new MathExpression(new MathExpressionProps
        {
            Expression = "SUM(METRICS())",
            UsingMetrics = perOperation,
            Label = "ThrottledRequests",
            Period = period,
        });
        ThresholdAlarm.Add(this, "ThrottledRequestsAlarm", throttledRequests,
            $"Requests to the events table were throttled ({string.Join(", ", operations)}).");
    }

    private static MetricOptions Sum(Duration period) => new() { Statistic = Stats.SUM, Period = period };
}

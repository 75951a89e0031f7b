using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.DynamoDB;
using Constructs;
using EventFunctions.Data;
using Attribute = Amazon.CDK.AWS.DynamoDB.Attribute;

namespace EventFunctions.Cdk;

/// <summary>The events table with its status/date index, and alarms on its throttling.</summary>
internal sealed class EventsTable : Construct
{
    public EventsTable(Construct scope, string id, bool destroyOnDelete, IEnumerable<string> operations)
        : base(scope, id)
    {
        Table = new Table(this, "Table", new TableProps
        {
            PartitionKey = new Attribute { Name = EventTable.EventIdAttribute, Type = AttributeType.STRING },
            BillingMode = BillingMode.PAY_PER_REQUEST,
            PointInTimeRecovery = true,
            RemovalPolicy = destroyOnDelete ? RemovalPolicy.DESTROY : RemovalPolicy.RETAIN,
        });
        Table.AddGlobalSecondaryIndex(new GlobalSecondaryIndexProps
        {
            IndexName = EventTable.StatusDateIndexName,
            PartitionKey = new Attribute { Name = EventTable.StatusAttribute, Type = AttributeType.STRING },
            SortKey = new Attribute { Name = EventTable.DateAttribute, Type = AttributeType.STRING },
            ProjectionType = ProjectionType.ALL,
        });
        IndexArn = $"{Table.TableArn}/index/{EventTable.StatusDateIndexName}";

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

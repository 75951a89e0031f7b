using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Constructs;
using EventFunctions.Annotations.Observability;
using EventFunctions.Observability;

namespace EventFunctions.Cdk;

/// <summary>
/// One CloudWatch dashboard for the API: requests, errors and p50/p99 latency per function (from the functions' own
/// metrics, by status class), API Gateway's latency, cold starts, DynamoDB latency and throttles, and the events
/// created, updated and deleted. The metric names and dimensions are the ones the functions write.
/// </summary>
internal sealed class OperationsDashboard : Construct
{
    private static readonly Duration Period = Duration.Minutes(1);

    private readonly DeploymentSettings settings;

    public OperationsDashboard(
        Construct scope, string id, IReadOnlyList<ApiFunction> functions, EventsApi api, EventsTable table,
        IdempotencyRecordsTable records, DeploymentSettings settings)
        : base(scope, id)
    {
        this.settings = settings;
        Dashboard = new Dashboard(this, "Dashboard", new DashboardProps
        {
            DefaultInterval = Duration.Hours(3),
            PeriodOverride = PeriodOverride.AUTO,
        });
        Dashboard.AddWidgets(
            Graph("Requests", [.. functions.Select(f => FunctionMetric(f, EmbeddedMetricFormat.Requests, Stats.SUM))]),
            Graph("Server errors (5xx)", [.. functions.Select(f => StatusClassMetric(f, "5xx"))]),
            Graph("Client errors (4xx)", [.. functions.Select(f => StatusClassMetric(f, "4xx"))]));
        Dashboard.AddWidgets(
            Graph("Function latency p50 / p99 (ms)", [.. functions.SelectMany(f => Percentiles(f, EmbeddedMetricFormat.Latency))]),
            Graph("API Gateway latency p50 / p99 (ms)",
            [
                api.RestApi.MetricLatency(new MetricOptions { Statistic = Stats.P(50), Period = Period, Label = "p50" }),
                api.RestApi.MetricLatency(new MetricOptions { Statistic = Stats.P(99), Period = Period, Label = "p99" }),
            ]),
            Graph("Cold starts", [.. functions.Select(f => FunctionMetric(f, EmbeddedMetricFormat.ColdStart, Stats.SUM))]));
        Dashboard.AddWidgets(
            Graph("DynamoDB latency p50 / p99 (ms)", [.. functions.SelectMany(f => Percentiles(f, EventMetrics.DynamoDbLatency))]),
            Graph("DynamoDB throttles",
            [
                .. ThrottleMetrics(table.Table, "events"),
                .. ThrottleMetrics(records.Table, "idempotency records"),
            ]),
            Graph("Events changed", [.. EventMetrics.Changes.Select(Search)]));
    }

    public Dashboard Dashboard { get; }

    private static GraphWidget Graph(string title, IMetric[] metrics) => new(new GraphWidgetProps
    {
        Title = title,
        Left = metrics,
        Width = 8,
        Height = 6,
    });

    private Metric FunctionMetric(ApiFunction function, string name, string statistic, string? label = null) =>
        Metric(name, statistic, label ?? function.Descriptor.Name, FunctionDimensions(function));

    private Metric StatusClassMetric(ApiFunction function, string statusClass)
    {
        var dimensions = FunctionDimensions(function);
        dimensions[EmbeddedMetricFormat.StatusClassDimension] = statusClass;
        return Metric(EmbeddedMetricFormat.Requests, Stats.SUM, function.Descriptor.Name, dimensions);
    }

    private Metric Metric(string name, string statistic, string label, Dictionary<string, string> dimensions) =>
        new(new MetricProps
        {
            Namespace = settings.MetricsNamespace,
            MetricName = name,
            DimensionsMap = dimensions,
            Statistic = statistic,
            Period = Period,
            Label = label,
        });

    private IEnumerable<IMetric> Percentiles(ApiFunction function, string name) =>
    [
        FunctionMetric(function, name, Stats.P(50), $"{function.Descriptor.Name} p50"),
        FunctionMetric(function, name, Stats.P(99), $"{function.Descriptor.Name} p99"),
    ];

    private Dictionary<string, string> FunctionDimensions(ApiFunction function) => new()
    {
        [EmbeddedMetricFormat.ServiceDimension] = settings.ServiceName,
        [EmbeddedMetricFormat.FunctionNameDimension] = function.Function.FunctionName,
    };

    private static IEnumerable<IMetric> ThrottleMetrics(Amazon.CDK.AWS.DynamoDB.Table table, string label) =>
    [
        table.Metric("ReadThrottleEvents", new MetricOptions { Statistic = Stats.SUM, Period = Period, Label = $"{label} reads" }),
        table.Metric("WriteThrottleEvents", new MetricOptions { Statistic = Stats.SUM, Period = Period, Label = $"{label} writes" }),
    ];

    /// <summary>A change summed over whichever functions count it (a search, so the dashboard need not know which).</summary>
    private MathExpression Search(string change) => new(new MathExpressionProps
    {
        Expression = $"SUM(SEARCH('{{\"{settings.MetricsNamespace}\",{EmbeddedMetricFormat.ServiceDimension},{EmbeddedMetricFormat.FunctionNameDimension}}} "
            + $"MetricName=\"{change}\" {EmbeddedMetricFormat.ServiceDimension}=\"{settings.ServiceName}\"', 'Sum', 60))",
        Label = change,
        Period = Period,
    });
}

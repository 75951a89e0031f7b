namespace EventFunctions.Annotations.Observability;

/// <summary>
/// The metrics one invocation records beside those the host writes for every invocation (requests, latency, cold
/// start): what the function did (an event created) and what its calls cost (a DynamoDB call's latency). Written with
/// the invocation as one line of CloudWatch Embedded Metric Format. The running invocation's are
/// <see cref="InvocationTelemetry.Current"/>'s.
/// </summary>
/// <remarks>
/// Bounded by the format's limits: at most <see cref="MaxMetrics"/> names and <see cref="MaxValuesPerMetric"/> values
/// of one name per invocation; what is recorded past them is dropped, never an error on the function's path.
/// </remarks>
public sealed class InvocationMetrics
{
    /// <summary>The format's 100 metrics per directive, less the host's.</summary>
    public const int MaxMetrics = EmbeddedMetricFormat.MaxMetricsPerDirective - 1;

    /// <summary>The format's limit on the values of one metric in one line.</summary>
    public const int MaxValuesPerMetric = 100;

    /// <summary>The longest metric name CloudWatch accepts.</summary>
    public const int MaxNameLength = 255;

    private readonly List<Metric> metrics = [];

    /// <summary>What was recorded, in the order first recorded.</summary>
    public IReadOnlyList<Metric> Recorded => metrics;

    /// <summary>Adds one to <paramref name="name"/>.</summary>
    public void Count(string name) => Add(name, MetricUnit.Count, 1);

    /// <summary>Adds a value of <paramref name="name"/>; every value of one name must have the same unit.</summary>
    /// <exception cref="ArgumentException">The name is empty, too long, one the host writes itself, or its unit differs.</exception>
    public void Add(string name, MetricUnit unit, double value)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (name.Length > MaxNameLength || EmbeddedMetricFormat.IsReserved(name))
        {
            throw new ArgumentException($"'{name}' cannot be a metric name: it is longer than {MaxNameLength} or a key the host writes.", nameof(name));
        }

        if (!double.IsFinite(value))
        {
            return;
        }

        lock (metrics)
        {
            foreach (var metric in metrics)
            {
                if (metric.Name == name)
                {
                    metric.Add(unit, value);
                    return;
                }
            }

            if (metrics.Count < MaxMetrics)
            {
                var metric = new Metric(name, unit);
                metric.Add(unit, value);
                metrics.Add(metric);
            }
        }
    }

    /// <summary>One metric's values in this invocation.</summary>
    public sealed class Metric(string name, MetricUnit unit)
    {
        private readonly List<double> values = new(1);

        public string Name { get; } = name;

        public MetricUnit Unit { get; } = unit;

        public IReadOnlyList<double> Values => values;

        internal void Add(MetricUnit unitOfValue, double value)
        {
            if (unitOfValue != Unit)
            {
                throw new ArgumentException($"Metric '{Name}' is recorded in {Unit}, not {unitOfValue}.", nameof(unitOfValue));
            }

            if (values.Count < MaxValuesPerMetric)
            {
                values.Add(value);
            }
        }
    }
}

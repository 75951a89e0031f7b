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

    private readonly Lock gate = new();
    private Metric? first;
    private List<Metric>? others;

    /// <summary>What was recorded, in the order first recorded.</summary>
    public IReadOnlyList<Metric> Recorded
    {
        get
        {
            lock (gate)
            {
                return first is null ? [] : [first, .. others ?? []];
            }
        }
    }

    /// <summary>How many metrics were recorded.</summary>
    public int MetricCount => first is null ? 0 : 1 + (others?.Count ?? 0);

    /// <summary>The <paramref name="index"/>-th metric recorded.</summary>
    public Metric this[int index] => index == 0 ? first! : others![index - 1];

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

        lock (gate)
        {
            if (Find(name) is { } metric)
            {
                metric.Add(unit, value);
            }
            else if (MetricCount < MaxMetrics)
            {
                metric = new Metric(name, unit, value);
                if (first is null)
                {
                    first = metric;
                }
                else
                {
                    (others ??= []).Add(metric);
                }
            }
        }
    }

    private Metric? Find(string name)
    {
        if (first?.Name == name)
        {
            return first;
        }

        foreach (var metric in others ?? [])
        {
            if (metric.Name == name)
            {
                return metric;
            }
        }

        return null;
    }

    /// <summary>One metric's values in this invocation: the first inline, the rest in a list only when there are more.</summary>
    public sealed class Metric
    {
        private readonly double firstValue;
        private List<double>? moreValues;

        internal Metric(string name, MetricUnit unit, double value)
        {
            Name = name;
            Unit = unit;
            firstValue = value;
        }

        public string Name { get; }

        public MetricUnit Unit { get; }

        public int Count => 1 + (moreValues?.Count ?? 0);

        public double this[int index] => index == 0 ? firstValue : moreValues![index - 1];

        public IReadOnlyList<double> Values => [firstValue, .. moreValues ?? []];

        internal void Add(MetricUnit unitOfValue, double value)
        {
            if (unitOfValue != Unit)
            {
                throw new ArgumentException($"Metric '{Name}' is recorded in {Unit}, not {unitOfValue}.", nameof(unitOfValue));
            }

            if (Count < MaxValuesPerMetric)
            {
                (moreValues ??= []).Add(value);
            }
        }
    }
}

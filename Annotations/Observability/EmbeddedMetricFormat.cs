using System.Text.Json;

namespace EventFunctions.Annotations.Observability;

/// <summary>
/// Writes an invocation's metrics as one CloudWatch Embedded Metric Format object: the <c>_aws</c> metadata
/// (<c>Timestamp</c> and one directive per dimension layout, each with its <c>Namespace</c>, <c>Dimensions</c> and
/// <c>Metrics</c>) and, at the top level, the dimension values and the metric values the directives name. CloudWatch
/// Logs turns the line into metrics; no API call, no SDK.
/// </summary>
/// <remarks>
/// Every invocation: <see cref="Requests"/> and <see cref="Latency"/> by <c>service, function_name, status_class</c>
/// and by <c>service, function_name</c> (a p99 over every request needs the second). Then, by
/// <c>service, function_name</c>: <see cref="ColdStart"/> on the first invocation of an environment, and what the
/// function recorded in its <see cref="InvocationMetrics"/>. A metric appears only in a line whose invocation has a
/// value of it.
/// </remarks>
public static class EmbeddedMetricFormat
{
    public const string Requests = "Requests";
    public const string Latency = "Latency";
    public const string ColdStart = "ColdStart";

    public const string ServiceDimension = "service";
    public const string FunctionNameDimension = "function_name";
    public const string StatusClassDimension = "status_class";

    /// <summary>The format's limit on the metrics of one directive.</summary>
    public const int MaxMetricsPerDirective = 100;

    /// <summary>
    /// The status classes <c>status_class</c> takes: <c>2xx</c> … <c>5xx</c>, and <c>1xx</c> for what is not a
    /// status a proxy response could carry.
    /// </summary>
    public static string StatusClassOf(int status) => status switch
    {
        >= 200 and < 300 => "2xx",
        >= 300 and < 400 => "3xx",
        >= 400 and < 500 => "4xx",
        >= 500 and < 600 => "5xx",
        _ => "1xx",
    };

    /// <summary>Names a function cannot give its own metrics: the host's metrics and dimensions, and the metadata key.</summary>
    public static bool IsReserved(string name) =>
        name is Requests or Latency or ColdStart or ServiceDimension or FunctionNameDimension or StatusClassDimension or "_aws";

    public static void Write(Utf8JsonWriter json, MetricsEntry entry)
    {
        ArgumentNullException.ThrowIfNull(json);
        var settings = entry.Settings;
        var metricNamespace = settings.NamespaceOf(entry.Function);
        var recorded = entry.Metrics?.Recorded ?? [];

        json.WriteStartObject();
        json.WriteStartObject("_aws"u8);
        json.WriteNumber("Timestamp"u8, entry.Timestamp.ToUnixTimeMilliseconds());
        json.WriteStartArray("CloudWatchMetrics"u8);

        WriteDirectiveStart(json, metricNamespace);
        json.WriteStartArray();
        json.WriteStringValue(ServiceDimension);
        json.WriteStringValue(FunctionNameDimension);
        json.WriteStringValue(StatusClassDimension);
        json.WriteEndArray();
        WriteFunctionDimensions(json);
        json.WriteEndArray();
        json.WriteStartArray("Metrics"u8);
        WriteDefinition(json, Requests, MetricUnit.Count);
        WriteDefinition(json, Latency, MetricUnit.Milliseconds);
        json.WriteEndArray();
        json.WriteEndObject();

        if (entry.ColdStart || recorded.Count > 0)
        {
            WriteDirectiveStart(json, metricNamespace);
            WriteFunctionDimensions(json);
            json.WriteEndArray();
            json.WriteStartArray("Metrics"u8);
            if (entry.ColdStart)
            {
                WriteDefinition(json, ColdStart, MetricUnit.Count);
            }

            foreach (var metric in recorded)
            {
                WriteDefinition(json, metric.Name, metric.Unit);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();

        json.WriteString(ServiceDimension, settings.ServiceOf(entry.Function));
        json.WriteString(FunctionNameDimension, settings.FunctionNameOf(entry.Function));
        json.WriteString(StatusClassDimension, StatusClassOf(entry.Status));
        json.WriteNumber(Requests, 1);
        json.WriteNumber(Latency, Math.Round(entry.DurationMs, 3));
        if (entry.ColdStart)
        {
            json.WriteNumber(ColdStart, 1);
        }

        foreach (var metric in recorded)
        {
            if (metric.Values.Count == 1)
            {
                json.WriteNumber(metric.Name, metric.Values[0]);
                continue;
            }

            json.WriteStartArray(metric.Name);
            foreach (var value in metric.Values)
            {
                json.WriteNumberValue(value);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    /// <summary>CloudWatch's name of a unit.</summary>
    public static string UnitName(MetricUnit unit) => unit switch
    {
        MetricUnit.Count => "Count",
        MetricUnit.Milliseconds => "Milliseconds",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    /// <summary>Opens a directive up to its <c>Dimensions</c> array, which the caller fills and closes.</summary>
    private static void WriteDirectiveStart(Utf8JsonWriter json, string metricNamespace)
    {
        json.WriteStartObject();
        json.WriteString("Namespace"u8, metricNamespace);
        json.WriteStartArray("Dimensions"u8);
    }

    private static void WriteFunctionDimensions(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        json.WriteStringValue(ServiceDimension);
        json.WriteStringValue(FunctionNameDimension);
        json.WriteEndArray();
    }

    private static void WriteDefinition(Utf8JsonWriter json, string name, MetricUnit unit)
    {
        json.WriteStartObject();
        json.WriteString("Name"u8, name);
        json.WriteString("Unit"u8, UnitName(unit));
        json.WriteEndObject();
    }
}

/// <summary>The facts of one invocation its metrics line holds.</summary>
/// <param name="Timestamp">When the invocation ended.</param>
/// <param name="Function">The function's name (the default for the service, the function name and the namespace).</param>
/// <param name="Status">The response's status code.</param>
/// <param name="DurationMs">How long the invocation took, in milliseconds.</param>
/// <param name="ColdStart">Whether it was the environment's first invocation.</param>
/// <param name="Metrics">What the function recorded, if anything.</param>
/// <param name="Settings">The names the line carries.</param>
public readonly record struct MetricsEntry(
    DateTimeOffset Timestamp,
    string Function,
    int Status,
    double DurationMs,
    bool ColdStart,
    InvocationMetrics? Metrics,
    ObservabilitySettings Settings);

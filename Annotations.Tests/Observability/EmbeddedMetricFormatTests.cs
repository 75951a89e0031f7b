using System.Text.Json;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Tests.Infrastructure;

namespace EventFunctions.Annotations.Tests.Observability;

[Trait("Category", "Unit")]
public sealed class EmbeddedMetricFormatTests
{
    private static readonly DateTimeOffset Ended = new(2026, 12, 1, 12, 8, 10, 7, TimeSpan.Zero);

    [Fact]
    public void ColdInvocationWithRecordedMetrics_IsAValidEmfDocument()
    {
        var metrics = new InvocationMetrics();
        metrics.Count("EventsCreated");
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, 3.5);
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, 1.25);

        Assert.Empty(EmbeddedMetricFormatSpec.Violations(Line(Entry(201, cold: true, metrics))));
    }

    [Fact]
    public void WarmInvocationWithNothingRecorded_IsAValidEmfDocument()
    {
        Assert.Empty(EmbeddedMetricFormatSpec.Violations(Line(Entry(404, cold: false, metrics: null))));
    }

    [Fact]
    public void Timestamp_IsTheInvocationsEndInEpochMilliseconds()
    {
        using var line = Parse(Entry(200, cold: false, metrics: null));

        Assert.Equal(Ended.ToUnixTimeMilliseconds(), line.RootElement.GetProperty("_aws").GetProperty("Timestamp").GetInt64());
    }

    [Fact]
    public void RequestsAndLatency_AreByStatusClassAndByFunction()
    {
        using var line = Parse(Entry(200, cold: false, metrics: null));

        var directive = line.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0];
        Assert.Equal(
            [["service", "function_name", "status_class"], ["service", "function_name"]],
            directive.GetProperty("Dimensions").EnumerateArray().Select(set => set.EnumerateArray().Select(k => k.GetString()!).ToArray()));
        Assert.Equal(
            [("Requests", "Count"), ("Latency", "Milliseconds")],
            directive.GetProperty("Metrics").EnumerateArray().Select(m => (m.GetProperty("Name").GetString(), m.GetProperty("Unit").GetString())));
        Assert.Equal((1, 12.5), (line.RootElement.GetProperty("Requests").GetInt32(), line.RootElement.GetProperty("Latency").GetDouble()));
    }

    [Theory]
    [InlineData(200, "2xx")]
    [InlineData(201, "2xx")]
    [InlineData(304, "3xx")]
    [InlineData(412, "4xx")]
    [InlineData(503, "5xx")]
    public void StatusClass_IsTheResponsesHundreds(int status, string statusClass)
    {
        using var line = Parse(Entry(status, cold: false, metrics: null));

        Assert.Equal(statusClass, line.RootElement.GetProperty("status_class").GetString());
    }

    [Fact]
    public void ColdStart_IsCountedOnlyOnAColdInvocation()
    {
        using var cold = Parse(Entry(200, cold: true, metrics: null));
        using var warm = Parse(Entry(200, cold: false, metrics: null));

        Assert.Equal(1, cold.RootElement.GetProperty("ColdStart").GetInt32());
        Assert.False(warm.RootElement.TryGetProperty("ColdStart", out _));
        Assert.Equal(1, warm.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics").GetArrayLength());
    }

    [Fact]
    public void RecordedMetrics_AreByFunctionWithTheirUnits()
    {
        var metrics = new InvocationMetrics();
        metrics.Count("EventsDeleted");
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, 2);

        using var line = Parse(Entry(204, cold: false, metrics));

        var directive = line.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[1];
        Assert.Equal(["service", "function_name"], directive.GetProperty("Dimensions")[0].EnumerateArray().Select(k => k.GetString()));
        Assert.Equal(
            [("EventsDeleted", "Count"), ("DynamoDbLatency", "Milliseconds")],
            directive.GetProperty("Metrics").EnumerateArray().Select(m => (m.GetProperty("Name").GetString(), m.GetProperty("Unit").GetString())));
    }

    [Fact]
    public void SeveralValuesOfOneMetric_AreAnArray()
    {
        var metrics = new InvocationMetrics();
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, 3.5);
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, 1.25);

        using var line = Parse(Entry(200, cold: false, metrics));

        Assert.Equal([3.5, 1.25], line.RootElement.GetProperty("DynamoDbLatency").EnumerateArray().Select(v => v.GetDouble()));
    }

    [Fact]
    public void NamespaceServiceAndFunctionName_ComeFromTheSettings()
    {
        var settings = new ObservabilitySettings { MetricsNamespace = "Acme/Events", Service = "events-api", FunctionName = "prod-GetEvent" };

        using var line = Parse(Entry(200, cold: false, metrics: null) with { Settings = settings });

        Assert.Equal(
            ("Acme/Events", "events-api", "prod-GetEvent"),
            (line.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString(),
             line.RootElement.GetProperty("service").GetString(),
             line.RootElement.GetProperty("function_name").GetString()));
    }

    [Fact]
    public void NoNamespace_IsTheService()
    {
        using var line = Parse(Entry(200, cold: false, metrics: null) with { Settings = new ObservabilitySettings { Service = "events-api" } });

        Assert.Equal("events-api", line.RootElement.GetProperty("_aws").GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString());
    }

    [Theory]
    [InlineData("Requests")]
    [InlineData("ColdStart")]
    [InlineData("service")]
    [InlineData("_aws")]
    [InlineData("")]
    public void ReservedOrEmptyName_IsRefused(string name)
    {
        Assert.ThrowsAny<ArgumentException>(() => new InvocationMetrics().Count(name));
    }

    [Fact]
    public void OneNameInTwoUnits_IsRefused()
    {
        var metrics = new InvocationMetrics();
        metrics.Count("EventsCreated");

        Assert.Throws<ArgumentException>(() => metrics.Add("EventsCreated", MetricUnit.Milliseconds, 1));
    }

    [Fact]
    public void ValuesPastTheFormatsLimit_AreDropped()
    {
        var metrics = new InvocationMetrics();
        for (var i = 0; i < 150; i++)
        {
            metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, i);
        }

        var line = Line(Entry(200, cold: true, metrics));

        Assert.Equal(InvocationMetrics.MaxValuesPerMetric, Assert.Single(metrics.Recorded).Values.Count);
        Assert.Empty(EmbeddedMetricFormatSpec.Violations(line));
    }

    [Fact]
    public void MetricsPastTheFormatsLimit_AreDropped()
    {
        var metrics = new InvocationMetrics();
        for (var i = 0; i < 150; i++)
        {
            metrics.Count("Metric" + i);
        }

        var line = Line(Entry(200, cold: true, metrics));

        Assert.Equal(InvocationMetrics.MaxMetrics, metrics.Recorded.Count);
        Assert.Empty(EmbeddedMetricFormatSpec.Violations(line));
    }

    [Fact]
    public void NonFiniteValue_IsDropped()
    {
        var metrics = new InvocationMetrics();
        metrics.Add("DynamoDbLatency", MetricUnit.Milliseconds, double.NaN);

        Assert.Empty(metrics.Recorded);
    }

    private static MetricsEntry Entry(int status, bool cold, InvocationMetrics? metrics) =>
        new(Ended, "GetEvent", status, 12.5, cold, metrics, ObservabilitySettings.Default);

    private static string Line(MetricsEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            EmbeddedMetricFormat.Write(json, entry);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static JsonDocument Parse(MetricsEntry entry) => JsonDocument.Parse(Line(entry));
}

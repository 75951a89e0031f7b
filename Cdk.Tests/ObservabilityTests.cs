using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// What the stack tells the functions about their records and metrics (service, namespace, log level), the dashboard
/// over those metrics, and where the alarms notify.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class ObservabilityTests(StackVariants stacks)
{
    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_DefaultContext_NamesTheServiceAndNamespaceEventFunctions(string name)
    {
        var variables = stacks.Default.Json.Function(name)["Environment"]!["Variables"]!;

        Assert.Equal(
            ("EventFunctions", "EventFunctions"),
            ((string)variables["POWERTOOLS_SERVICE_NAME"]!, (string)variables["POWERTOOLS_METRICS_NAMESPACE"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_ServiceAndNamespaceContext_AreItsVariables(string name)
    {
        var variables = stacks.Configured.Json.Function(name)["Environment"]!["Variables"]!;

        Assert.Equal(
            (StackVariants.ConfiguredContext[ContextKeys.ServiceName], StackVariants.ConfiguredContext[ContextKeys.MetricsNamespace]),
            ((string)variables["POWERTOOLS_SERVICE_NAME"]!, (string)variables["POWERTOOLS_METRICS_NAMESPACE"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_DefaultContext_HasApplicationLogLevelInfo(string name)
    {
        Assert.Equal("INFO", (string)stacks.Default.Json.Function(name)["LoggingConfig"]!["ApplicationLogLevel"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_LogLevelContext_IsItsApplicationLogLevelInLambdasName(string name)
    {
        Assert.Equal("WARN", (string)stacks.Configured.Json.Function(name)["LoggingConfig"]!["ApplicationLogLevel"]!);
    }

    [Fact]
    public void Dashboard_Always_IsOneWithItsNameAsAnOutput()
    {
        var (id, _) = Assert.Single(stacks.Default.Json.OfType("AWS::CloudWatch::Dashboard"));

        Assert.True(JsonNode.DeepEquals(Json.Ref(id), stacks.Default.Json.Outputs["DashboardName"]!["Value"]));
    }

    [Theory]
    [InlineData("Requests")]
    [InlineData("Server errors (5xx)")]
    [InlineData("Client errors (4xx)")]
    [InlineData("Function latency p50 / p99 (ms)")]
    [InlineData("API Gateway latency p50 / p99 (ms)")]
    [InlineData("Cold starts")]
    [InlineData("DynamoDB latency p50 / p99 (ms)")]
    [InlineData("DynamoDB throttles")]
    [InlineData("Events changed")]
    public void Dashboard_Always_HasTheWidget(string title)
    {
        Assert.Contains(Widgets(stacks.Default), widget => (string?)widget!["properties"]!["title"] == title);
    }

    [Theory]
    [InlineData("Requests", "Requests")]
    [InlineData("Cold starts", "ColdStart")]
    [InlineData("Function latency p50 / p99 (ms)", "Latency")]
    [InlineData("DynamoDB latency p50 / p99 (ms)", "DynamoDbLatency")]
    public void FunctionWidget_Always_GraphsTheMetricTheFunctionsWriteForEachFunction(string title, string metricName)
    {
        var metrics = Metrics(stacks.Configured, title);

        Assert.All(metrics, m => Assert.Equal(("Acme/Events", metricName), ((string)m[0]!, (string)m[1]!)));
        Assert.All(metrics, m => Assert.Equal("function_name=TOKEN service=events-api", Dimensions(m)));
        Assert.Equal(Manifests.Generated.Functions.Count * (title.Contains("p99", StringComparison.Ordinal) ? 2 : 1), metrics.Count);
    }

    [Fact]
    public void ServerErrorsWidget_Always_GraphsRequestsOfStatusClass5xx()
    {
        var metrics = Metrics(stacks.Default, "Server errors (5xx)");

        Assert.All(metrics, m => Assert.Equal("function_name=TOKEN service=EventFunctions status_class=5xx", Dimensions(m)));
    }

    [Fact]
    public void EventsChangedWidget_Always_SearchesEachChangeInTheNamespace()
    {
        var expressions = Metrics(stacks.Configured, "Events changed").Select(m => (string)m[0]!["expression"]!).ToArray();

        Assert.Equal(3, expressions.Length);
        Assert.All(["EventsCreated", "EventsUpdated", "EventsDeleted"], change =>
            Assert.Contains(expressions, e => e.Contains($"MetricName=\"{change}\"", StringComparison.Ordinal)
                && e.Contains("{\"Acme/Events\",service,function_name}", StringComparison.Ordinal)
                && e.Contains("service=\"events-api\"", StringComparison.Ordinal)));
    }

    [Fact]
    public void ThrottlesWidget_Always_WatchesBothTablesReadsAndWrites()
    {
        var metrics = Metrics(stacks.Default, "DynamoDB throttles");

        Assert.Equal(
            ["ReadThrottleEvents", "WriteThrottleEvents", "ReadThrottleEvents", "WriteThrottleEvents"],
            metrics.Select(m => (string?)m[1]));
        Assert.All(metrics, m => Assert.Equal("AWS/DynamoDB", (string?)m[0]));
    }

    [Fact]
    public void Alarms_DefaultContext_NotifyNobody()
    {
        Assert.All(stacks.Default.Json.OfType("AWS::CloudWatch::Alarm"), alarm =>
            Assert.Null(alarm.Resource["Properties"]!["AlarmActions"]));
    }

    [Fact]
    public void Alarms_AlarmTopicContext_AllNotifyTheTopicOnAlarmAndOnOk()
    {
        var alarms = stacks.Configured.Json.OfType("AWS::CloudWatch::Alarm").ToArray();

        Assert.NotEmpty(alarms);
        Assert.All(alarms, alarm => Assert.Equal(
            (StackVariants.AlarmTopicArn, StackVariants.AlarmTopicArn),
            (string.Join(' ', alarm.Resource["Properties"]!["AlarmActions"]!.AsArray().Select(a => (string?)a)),
             string.Join(' ', alarm.Resource["Properties"]!["OKActions"]!.AsArray().Select(a => (string?)a)))));
    }

    /// <summary>The dashboard's widgets: its body is a Fn::Join whose tokens are the parts between the strings.</summary>
    private static JsonArray Widgets(StackSynthesis stack) => Body(stack)["widgets"]!.AsArray();

    /// <summary>
    /// The metric arrays of the widget titled <paramref name="title"/>, with each token (a function's name) replaced
    /// by a placeholder string so the arrays can be read as written.
    /// </summary>
    private static List<JsonArray> Metrics(StackSynthesis stack, string title) =>
        [.. Widgets(stack).Single(w => (string?)w!["properties"]!["title"] == title)!["properties"]!["metrics"]!.AsArray()
            .Select(m => m!.AsArray())];

    /// <summary>A metric array's dimensions, <c>name=value</c> in the order written: the strings between its name and its options.</summary>
    private static string Dimensions(JsonArray metric)
    {
        var values = metric.Skip(2).TakeWhile(v => v is JsonValue).Select(v => (string)v!).ToArray();
        return string.Join(' ', values.Chunk(2).Select(pair => $"{pair[0]}={pair[1]}"));
    }

    private static JsonObject Body(StackSynthesis stack)
    {
        var (_, dashboard) = Assert.Single(stack.Json.OfType("AWS::CloudWatch::Dashboard"));
        var parts = dashboard["Properties"]!["DashboardBody"]!["Fn::Join"]![1]!.AsArray();
        var text = string.Concat(parts.Select(part => part is JsonValue value ? (string)value! : "TOKEN"));
        return JsonNode.Parse(text)!.AsObject();
    }
}

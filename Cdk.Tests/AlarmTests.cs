using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>Alarms: per function errors, throttles and p99 duration; API 5XX; DynamoDB throttling.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class AlarmTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Theory]
    [MemberData(nameof(Names))]
    public void ErrorsAlarm_ForEachFunction_FiresOnAnyError(string name)
    {
        var alarm = Alarm($"{name}/ErrorsAlarm");

        AssertFunctionMetric(alarm, name, "Errors");
        Assert.Equal(("Sum", 1d), ((string)alarm["Statistic"]!, (double)alarm["Threshold"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ThrottlesAlarm_ForEachFunction_FiresOnAnyThrottle(string name)
    {
        var alarm = Alarm($"{name}/ThrottlesAlarm");

        AssertFunctionMetric(alarm, name, "Throttles");
        Assert.Equal(("Sum", 1d), ((string)alarm["Statistic"]!, (double)alarm["Threshold"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void DurationAlarm_ForEachFunction_FiresWhenP99ReachesEightyPercentOfItsTimeout(string name)
    {
        var alarm = Alarm($"{name}/DurationAlarm");

        AssertFunctionMetric(alarm, name, "Duration");
        Assert.Equal(
            ("p99", Manifests.Function(name).Timeout * 1000 * 0.8),
            ((string)alarm["ExtendedStatistic"]!, (double)alarm["Threshold"]!));
    }

    [Fact]
    public void ServerErrorAlarm_Always_WatchesTheApis5XX()
    {
        var alarm = Alarm("Api/ServerErrorAlarm");

        Assert.Equal(("AWS/ApiGateway", "5XXError"), ((string)alarm["Namespace"]!, (string)alarm["MetricName"]!));
        Assert.Equal("ApiName", (string)alarm["Dimensions"]![0]!["Name"]!);
    }

    [Theory]
    [InlineData("Events/ReadThrottleAlarm", "ReadThrottleEvents")]
    [InlineData("Events/WriteThrottleAlarm", "WriteThrottleEvents")]
    public void TableThrottleAlarm_Always_WatchesTheTable(string path, string metric)
    {
        var alarm = Alarm(path);

        Assert.Equal(("AWS/DynamoDB", metric), ((string)alarm["Namespace"]!, (string)alarm["MetricName"]!));
        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.TableId), alarm["Dimensions"]![0]!["Value"]));
    }

    [Fact]
    public void ThrottledRequestsAlarm_Always_SumsEveryOperationTheManifestUses()
    {
        var metrics = Alarm("Events/ThrottledRequestsAlarm")["Metrics"]!.AsArray()
            .Select(m => m!["MetricStat"]?["Metric"]).OfType<JsonNode>().ToArray();
        var expected = Manifests.Generated.Functions.SelectMany(f => f.DynamoDbActions).Distinct()
            .Select(a => a["dynamodb:".Length..]).Order();

        Assert.All(metrics, m => Assert.Equal("ThrottledRequests", (string)m["MetricName"]!));
        Assert.Equal(expected, metrics.Select(m => (string)m["Dimensions"]!.AsArray().Single(d => (string)d!["Name"]! == "Operation")!["Value"]!).Order());
    }

    [Fact]
    public void Alarms_Always_TreatMissingDataAsNotBreaching()
    {
        var alarms = Template.OfType("AWS::CloudWatch::Alarm").Select(a => (string)a.Resource["Properties"]!["TreatMissingData"]!);

        Assert.All(alarms, treatment => Assert.Equal("notBreaching", treatment));
    }

    private JsonObject Alarm(string path) => Template.Properties(Template.IdAt($"{path}/Resource"));

    private void AssertFunctionMetric(JsonObject alarm, string name, string metric)
    {
        var dimension = Assert.Single(alarm["Dimensions"]!.AsArray())!;
        Assert.Equal(("AWS/Lambda", metric, "FunctionName"), ((string)alarm["Namespace"]!, (string)alarm["MetricName"]!, (string)dimension["Name"]!));
        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.FunctionId(name)), dimension["Value"]));
    }
}

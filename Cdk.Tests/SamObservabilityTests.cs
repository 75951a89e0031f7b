using System.Text.Json.Nodes;
using EventFunctions.Cdk.Sam;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>The SAM templates' service, metrics namespace and log level parameters, and what the functions are told of them.</summary>
[Trait("Category", "Unit")]
public sealed class SamObservabilityTests
{
    private static readonly CfnTemplate Rendered = CfnTemplate.Parse(SamTemplate.Render(Manifests.Generated, FunctionRuntime.Aot, Docs.Routes));

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Theory]
    [InlineData("ServiceName", "EventFunctions")]
    [InlineData("MetricsNamespace", "EventFunctions")]
    [InlineData("LogLevel", "INFO")]
    public void Parameter_Always_DefaultsAsTheCdkStackDoes(string parameter, string value)
    {
        Assert.Equal(value, (string)Rendered.Root["Parameters"]![parameter]!["Default"]!);
    }

    [Fact]
    public void LogLevelParameter_Always_AllowsLambdasLevelsOnly()
    {
        Assert.Equal(
            ["TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL"],
            Rendered.Root["Parameters"]!["LogLevel"]!["AllowedValues"]!.AsArray().Select(v => (string?)v));
    }

    [Theory]
    [InlineData("ServiceName")]
    [InlineData("MetricsNamespace")]
    public void NameParameter_Always_HasTheCdkSettingsPattern(string parameter)
    {
        Assert.Matches(@"^\^.*\$$", (string)Rendered.Root["Parameters"]![parameter]!["AllowedPattern"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Always_GetsServiceAndNamespaceFromTheParameters(string name)
    {
        var variables = Rendered.Properties(SamTemplate.FunctionId(Manifests.Function(name)))["Environment"]!["Variables"]!;

        Assert.True(JsonNode.DeepEquals(Json.Ref("ServiceName"), variables["POWERTOOLS_SERVICE_NAME"]));
        Assert.True(JsonNode.DeepEquals(Json.Ref("MetricsNamespace"), variables["POWERTOOLS_METRICS_NAMESPACE"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Always_HasTheLogLevelParameterAsItsApplicationLogLevel(string name)
    {
        var logging = Rendered.Properties(SamTemplate.FunctionId(Manifests.Function(name)))["LoggingConfig"]!;

        Assert.True(JsonNode.DeepEquals(Json.Ref("LogLevel"), logging["ApplicationLogLevel"]));
    }
}

using EventFunctions.Annotations.Observability;

namespace EventFunctions.Annotations.Tests.Observability;

[Trait("Category", "Unit")]
public sealed class ObservabilitySettingsTests
{
    [Fact]
    public void NoLevelVariable_WritesInfoAndAbove()
    {
        var settings = ObservabilitySettings.From(_ => null);

        Assert.Equal(LambdaLogLevel.Info, settings.MinimumLevel);
    }

    [Theory]
    [InlineData("TRACE", LambdaLogLevel.Trace)]
    [InlineData("DEBUG", LambdaLogLevel.Debug)]
    [InlineData("INFO", LambdaLogLevel.Info)]
    [InlineData("WARN", LambdaLogLevel.Warn)]
    [InlineData("ERROR", LambdaLogLevel.Error)]
    [InlineData("FATAL", LambdaLogLevel.Fatal)]
    public void LambdaLevelName_IsTheMinimum(string value, LambdaLogLevel expected)
    {
        var settings = ObservabilitySettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", value)));

        Assert.Equal(expected, settings.MinimumLevel);
    }

    [Theory]
    [InlineData("warn", LambdaLogLevel.Warn)]
    [InlineData("Information", LambdaLogLevel.Info)]
    [InlineData("Warning", LambdaLogLevel.Warn)]
    [InlineData("Critical", LambdaLogLevel.Fatal)]
    public void LowerCaseAndDotNetNames_AreAccepted(string value, LambdaLogLevel expected)
    {
        Assert.Equal(expected, ObservabilitySettings.ParseLevel(value));
    }

    [Fact]
    public void PowertoolsLevel_AppliesWithoutLambdasLevel()
    {
        var settings = ObservabilitySettings.From(Variables(("POWERTOOLS_LOG_LEVEL", "ERROR")));

        Assert.Equal(LambdaLogLevel.Error, settings.MinimumLevel);
    }

    [Fact]
    public void LambdaLevel_TakesPrecedenceOverPowertoolsLevel()
    {
        var settings = ObservabilitySettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", "DEBUG"), ("POWERTOOLS_LOG_LEVEL", "ERROR")));

        Assert.Equal(LambdaLogLevel.Debug, settings.MinimumLevel);
    }

    [Fact]
    public void UnreadableLambdaLevel_FallsBackToPowertoolsLevel()
    {
        var settings = ObservabilitySettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", "loud"), ("POWERTOOLS_LOG_LEVEL", "WARN")));

        Assert.Equal(LambdaLogLevel.Warn, settings.MinimumLevel);
    }

    [Fact]
    public void ServiceAndFunctionName_ComeFromTheirVariables()
    {
        var settings = ObservabilitySettings.From(Variables(("POWERTOOLS_SERVICE_NAME", "events-api"), ("AWS_LAMBDA_FUNCTION_NAME", "Stack-GetEvent-1A2B")));

        Assert.Equal(("events-api", "Stack-GetEvent-1A2B"), (settings.Service, settings.FunctionName));
    }

    [Fact]
    public void MetricsNamespace_ComesFromPowertoolsVariable()
    {
        var settings = ObservabilitySettings.From(Variables(("POWERTOOLS_METRICS_NAMESPACE", "EventFunctions")));

        Assert.Equal("EventFunctions", settings.NamespaceOf("GetEvent"));
    }

    [Fact]
    public void NoVariables_NameEverythingAfterTheFunction()
    {
        var settings = ObservabilitySettings.From(_ => null);

        Assert.Equal(("GetEvent", "GetEvent", "GetEvent"), (settings.ServiceOf("GetEvent"), settings.FunctionNameOf("GetEvent"), settings.NamespaceOf("GetEvent")));
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => Array.Find(values, v => v.Name == name).Value;
}

using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Annotations.Tests.Runtime;

[Trait("Category", "Unit")]
public sealed class InvocationLogSettingsTests
{
    [Fact]
    public void NoLevelVariable_WritesInfoAndAbove()
    {
        var settings = InvocationLogSettings.From(_ => null);

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
        var settings = InvocationLogSettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", value)));

        Assert.Equal(expected, settings.MinimumLevel);
    }

    [Theory]
    [InlineData("warn", LambdaLogLevel.Warn)]
    [InlineData("Information", LambdaLogLevel.Info)]
    [InlineData("Warning", LambdaLogLevel.Warn)]
    [InlineData("Critical", LambdaLogLevel.Fatal)]
    public void LowerCaseAndDotNetNames_AreAccepted(string value, LambdaLogLevel expected)
    {
        Assert.Equal(expected, InvocationLogSettings.ParseLevel(value));
    }

    [Fact]
    public void PowertoolsLevel_AppliesWithoutLambdasLevel()
    {
        var settings = InvocationLogSettings.From(Variables(("POWERTOOLS_LOG_LEVEL", "ERROR")));

        Assert.Equal(LambdaLogLevel.Error, settings.MinimumLevel);
    }

    [Fact]
    public void LambdaLevel_TakesPrecedenceOverPowertoolsLevel()
    {
        var settings = InvocationLogSettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", "DEBUG"), ("POWERTOOLS_LOG_LEVEL", "ERROR")));

        Assert.Equal(LambdaLogLevel.Debug, settings.MinimumLevel);
    }

    [Fact]
    public void UnreadableLambdaLevel_FallsBackToPowertoolsLevel()
    {
        var settings = InvocationLogSettings.From(Variables(("AWS_LAMBDA_LOG_LEVEL", "loud"), ("POWERTOOLS_LOG_LEVEL", "WARN")));

        Assert.Equal(LambdaLogLevel.Warn, settings.MinimumLevel);
    }

    [Fact]
    public void ServiceAndFunctionName_ComeFromTheirVariables()
    {
        var settings = InvocationLogSettings.From(Variables(("POWERTOOLS_SERVICE_NAME", "events-api"), ("AWS_LAMBDA_FUNCTION_NAME", "Stack-GetEvent-1A2B")));

        Assert.Equal(("events-api", "Stack-GetEvent-1A2B"), (settings.Service, settings.FunctionName));
    }

    private static Func<string, string?> Variables(params (string Name, string Value)[] values) =>
        name => Array.Find(values, v => v.Name == name).Value;
}

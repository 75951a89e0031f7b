using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Observability;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Hosting;

public sealed class GatewayCommandLineTests
{
    private static readonly Func<string, string?> NoVariables = _ => null;

    [Fact]
    public void Parse_NothingGiven_UsesPort5080TableEventsOwnDynaliteAndAnyOrigin()
    {
        var options = GatewayCommandLine.Parse([], NoVariables);

        Assert.Equal(5080, options.Port);
        Assert.Equal("events", options.TableName);
        Assert.Null(options.DynamoDbEndpoint);
        Assert.Equal(["*"], options.CorsAllowedOrigins);
    }

    [Fact]
    public void Parse_Flags_SetEveryOption()
    {
        var options = GatewayCommandLine.Parse(
            ["--port", "0", "--table=my-events", "--dynamodb-endpoint", "http://127.0.0.1:8000", "--cors-origins", "https://a.example, https://b.example"],
            NoVariables);

        Assert.Equal(0, options.Port);
        Assert.Equal("my-events", options.TableName);
        Assert.Equal(new Uri("http://127.0.0.1:8000"), options.DynamoDbEndpoint);
        Assert.Equal(["https://a.example", "https://b.example"], options.CorsAllowedOrigins);
    }

    [Fact]
    public void Parse_VariablesOnly_AreUsed()
    {
        var variables = new Dictionary<string, string>
        {
            ["PORT"] = "6000",
            ["EVENTS_TABLE_NAME"] = "from-env",
            ["EVENTS_DYNAMODB_ENDPOINT"] = "http://127.0.0.1:8000",
        };

        var options = GatewayCommandLine.Parse([], variables.GetValueOrDefault);

        Assert.Equal(6000, options.Port);
        Assert.Equal("from-env", options.TableName);
        Assert.Equal(new Uri("http://127.0.0.1:8000"), options.DynamoDbEndpoint);
    }

    [Fact]
    public void Parse_FlagAndVariable_FlagWins()
    {
        var options = GatewayCommandLine.Parse(["--port", "7000"], name => name == "PORT" ? "6000" : null);

        Assert.Equal(7000, options.Port);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--port", "70000")]
    [InlineData("--table", "x")]
    [InlineData("--dynamodb-endpoint", "not a url")]
    [InlineData("--log-format", "xml")]
    [InlineData("--log-level", "LOUD")]
    [InlineData("--log-level", "3")]
    [InlineData("--colour", "red")]
    public void Parse_BadFlag_ThrowsFormatExceptionNamingIt(string flag, string value)
    {
        var failure = Assert.Throws<FormatException>(() => GatewayCommandLine.Parse([flag, value], NoVariables));

        Assert.Contains(flag == "--colour" ? flag : value, failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoLogOptions_IsJsonAsDeployedWithoutALevelAndNotPretty()
    {
        var options = GatewayCommandLine.Parse([], NoVariables);

        Assert.Equal((LogFormat.Json, null, false), (options.Logging.Format, options.Logging.ApplicationLogLevel, options.PrettyLogs));
    }

    [Fact]
    public void Parse_LogFlags_SetFormatLevelAndPretty()
    {
        var options = GatewayCommandLine.Parse(["--log-format", "json", "--log-level=warn", "--pretty-logs"], NoVariables);

        Assert.Equal((LogFormat.Json, LambdaLogLevel.Warn, true), (options.Logging.Format, options.Logging.ApplicationLogLevel, options.PrettyLogs));
    }

    [Fact]
    public void Parse_LogVariables_AreUsed()
    {
        var variables = new Dictionary<string, string> { ["LOG_FORMAT"] = "Text", ["PRETTY_LOGS"] = "true" };

        var options = GatewayCommandLine.Parse([], variables.GetValueOrDefault);

        Assert.Equal((LogFormat.Text, true), (options.Logging.Format, options.PrettyLogs));
    }

    [Theory]
    [InlineData(new[] { "--xray" }, null, true)]
    [InlineData(new string[0], "true", true)]
    [InlineData(new string[0], null, false)]
    public void Parse_XRayFlagOrVariable_RunsTheLocalDaemon(string[] args, string? variable, bool expected)
    {
        var variables = new Dictionary<string, string>();
        if (variable is not null)
        {
            variables["XRAY"] = variable;
        }

        Assert.Equal(expected, GatewayCommandLine.Parse(args, variables.GetValueOrDefault).XRay);
    }

    [Fact]
    public void Parse_LogLevelWithTextFormat_ThrowsSayingItNeedsJson()
    {
        var failure = Assert.Throws<FormatException>(() => GatewayCommandLine.Parse(["--log-format", "Text", "--log-level", "ERROR"], NoVariables));

        Assert.Contains("--log-level needs --log-format JSON", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FlagWithoutValue_Throws()
    {
        Assert.Throws<FormatException>(() => GatewayCommandLine.Parse(["--port"], NoVariables));
    }

    [Fact]
    public void Parse_NoAuth_LeavesEveryMethodOpen() =>
        Assert.Equal(RouteAuthorization.Open, GatewayCommandLine.Parse([], NoVariables).Authorization);

    [Fact]
    public void Parse_AuthFlag_SetsTheMode() =>
        Assert.Equal(new RouteAuthorization(AuthorizationMode.Cognito, false), GatewayCommandLine.Parse(["--auth", "cognito"], NoVariables).Authorization);

    [Fact]
    public void Parse_AuthReadsFlag_NeedsNoValue() =>
        Assert.Equal(
            new RouteAuthorization(AuthorizationMode.Iam, true),
            GatewayCommandLine.Parse(["--auth=iam", "--auth-reads", "--port", "0"], NoVariables).Authorization);

    [Fact]
    public void Parse_AuthVariables_AreUsed()
    {
        var variables = new Dictionary<string, string> { ["AUTH"] = "iam", ["AUTH_READS"] = "true" };

        Assert.Equal(new RouteAuthorization(AuthorizationMode.Iam, true), GatewayCommandLine.Parse([], variables.GetValueOrDefault).Authorization);
    }

    [Fact]
    public void Parse_UnknownAuthMode_ThrowsNamingTheModes()
    {
        var failure = Assert.Throws<FormatException>(() => GatewayCommandLine.Parse(["--auth", "jwt"], NoVariables));

        Assert.Equal("'jwt' is not an authorization mode for --auth (none, cognito or iam).", failure.Message);
    }

    [Fact]
    public void Parse_AuthReadsWithoutAuth_Throws()
    {
        var failure = Assert.Throws<FormatException>(() => GatewayCommandLine.Parse(["--auth-reads"], NoVariables));

        Assert.Equal("--auth-reads needs --auth cognito or --auth iam.", failure.Message);
    }

    [Fact]
    public void Parse_BadAuthReadsVariable_Throws() =>
        Assert.Throws<FormatException>(() => GatewayCommandLine.Parse([], name => name switch { "AUTH" => "cognito", "AUTH_READS" => "yes", _ => null }));
}

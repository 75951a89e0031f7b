using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Cdk.Tests;

[Trait("Category", "Unit")]
public sealed class DeploymentSettingsTests
{
    [Fact]
    public void FromContext_NothingSet_GivesTheDefaults()
    {
        var settings = Read([]);

        Assert.Equal(
            (FunctionRuntime.Aot, FunctionArchitecture.X86_64, "*", false, false, 100d, 200, (int?)null, (string?)null),
            (settings.Runtime, settings.Architecture, string.Join(',', settings.CorsOrigins), settings.DestroyTable, settings.ApiKeyRequired,
             settings.ThrottleRateLimit, settings.ThrottleBurstLimit, settings.IdempotencyExpirySeconds, settings.FunctionsAsset));
    }

    [Theory]
    [InlineData("1", 1)]
    [InlineData("3600", 3600)]
    [InlineData("2592000", 2592000)]
    public void FromContext_IdempotencyExpiryWithinRange_IsParsed(string value, int expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.IdempotencyExpirySeconds] = value }).IdempotencyExpirySeconds);
    }

    [Fact]
    public void FromContext_IdempotencyExpiryAsJsonNumber_IsParsed()
    {
        Assert.Equal(600, Read(new() { [ContextKeys.IdempotencyExpirySeconds] = 600d }).IdempotencyExpirySeconds);
    }

    [Theory]
    [InlineData("aot", "Aot")]
    [InlineData("managed", "Managed")]
    [InlineData("MANAGED", "Managed")]
    public void FromContext_Runtime_IsParsed(string value, string expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.Runtime] = value }).Runtime.ToString());
    }

    [Fact]
    public void FromContext_UnknownRuntime_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.Runtime] = "jit" }));

        Assert.Contains("expected aot or managed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("arm64", "Arm64")]
    [InlineData("ARM64", "Arm64")]
    [InlineData("x86_64", "X86_64")]
    public void FromContext_Architecture_IsParsed(string value, string expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.Architecture] = value }).Architecture.ToString());
    }

    [Fact]
    public void FromContext_CorsOriginsList_IsSplitAndTrimmed()
    {
        var settings = Read(new() { [ContextKeys.CorsOrigins] = "https://a.example, https://b.example:8443" });

        Assert.Equal(["https://a.example", "https://b.example:8443"], settings.CorsOrigins);
    }

    [Theory]
    [InlineData("https://a.example/")]
    [InlineData("https://a.example/app")]
    [InlineData("a.example")]
    [InlineData("*,https://a.example")]
    public void FromContext_InvalidCorsOrigins_Throws(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.CorsOrigins] = value }));

        Assert.Contains(ContextKeys.CorsOrigins, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData(true, true)]
    [InlineData("false", false)]
    [InlineData(false, false)]
    public void FromContext_DestroyTableFromCliOrJson_IsParsed(object value, bool expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.DestroyTable] = value }).DestroyTable);
    }

    [Fact]
    public void FromContext_ApiKeyRequiredTrue_RequiresKeys()
    {
        Assert.True(Read(new() { [ContextKeys.ApiKeyRequired] = "true" }).ApiKeyRequired);
    }

    [Fact]
    public void FromContext_ThrottleLimitsAsStringsOrNumbers_AreParsed()
    {
        var settings = Read(new() { [ContextKeys.ThrottleRateLimit] = "12.5", [ContextKeys.ThrottleBurstLimit] = 40d });

        Assert.Equal((12.5, 40), (settings.ThrottleRateLimit, settings.ThrottleBurstLimit));
    }

    [Fact]
    public void FromContext_NothingSet_NamesServiceAndNamespaceEventFunctionsAtInfoWithoutATopic()
    {
        var settings = Read([]);

        Assert.Equal(
            ("EventFunctions", "EventFunctions", "Info", (string?)null),
            (settings.ServiceName, settings.MetricsNamespace, settings.LogLevel.ToString(), settings.AlarmTopicArn));
    }

    [Theory]
    [InlineData("debug", "Debug")]
    [InlineData("WARN", "Warn")]
    [InlineData("Error", "Error")]
    public void FromContext_LogLevel_IsParsedInAnyCase(string value, string expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.LogLevel] = value }).LogLevel.ToString());
    }

    [Theory]
    [InlineData("arn:aws:sns:eu-west-1:123456789012:alarms")]
    [InlineData("arn:aws-us-gov:sns:us-gov-west-1:123456789012:ops_alarms-1")]
    public void FromContext_AlarmTopicArn_IsKept(string value)
    {
        Assert.Equal(value, Read(new() { [ContextKeys.AlarmTopicArn] = value }).AlarmTopicArn);
    }

    [Theory]
    [InlineData(ContextKeys.Architecture, "mips")]
    [InlineData(ContextKeys.LogLevel, "LOUD")]
    [InlineData(ContextKeys.ServiceName, "events api")]
    [InlineData(ContextKeys.ServiceName, "events\"api")]
    [InlineData(ContextKeys.MetricsNamespace, "AWS/Lambda")]
    [InlineData(ContextKeys.MetricsNamespace, "aws/mine")]
    [InlineData(ContextKeys.MetricsNamespace, "Acme Events")]
    [InlineData(ContextKeys.AlarmTopicArn, "arn:aws:sqs:eu-west-1:123456789012:alarms")]
    [InlineData(ContextKeys.AlarmTopicArn, "arn:aws:sns:eu-west-1:1234:alarms")]
    [InlineData(ContextKeys.AlarmTopicArn, "alarms")]
    [InlineData(ContextKeys.DestroyTable, "yes")]
    [InlineData(ContextKeys.ThrottleRateLimit, "0")]
    [InlineData(ContextKeys.ThrottleBurstLimit, "2.5")]
    [InlineData(ContextKeys.ThrottleBurstLimit, "-1")]
    [InlineData(ContextKeys.IdempotencyExpirySeconds, "0")]
    [InlineData(ContextKeys.IdempotencyExpirySeconds, "2592001")]
    [InlineData(ContextKeys.IdempotencyExpirySeconds, "-5")]
    public void FromContext_InvalidValue_ThrowsNamingTheKey(string key, string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [key] = value }));

        Assert.Contains($"'{key}'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromContext_NothingSet_IsPublicWithoutWaf()
    {
        var settings = Read([]);

        Assert.Equal(
            (AuthorizationMode.None, false, (string?)null, false, DeploymentSettings.DefaultWafRateLimit),
            (settings.Auth, settings.AuthReads, settings.UserPoolArn, settings.Waf, settings.WafRateLimit));
    }

    [Theory]
    [InlineData("cognito", AuthorizationMode.Cognito)]
    [InlineData("IAM", AuthorizationMode.Iam)]
    [InlineData("none", AuthorizationMode.None)]
    public void FromContext_Auth_IsParsedInAnyCase(string value, AuthorizationMode expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.Auth] = value }).Auth);
    }

    [Fact]
    public void FromContext_UnknownAuth_ThrowsNamingTheChoices()
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.Auth] = "apikey" }));

        Assert.Contains($"expected {AuthorizationModes.All}", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromContext_AuthReadsWithAuth_GuardsTheReadsToo()
    {
        var settings = Read(new() { [ContextKeys.Auth] = "iam", [ContextKeys.AuthReads] = true });

        Assert.Equal(new RouteAuthorization(AuthorizationMode.Iam, AuthReads: true), settings.Authorization);
    }

    [Fact]
    public void FromContext_AuthReadsWithoutAuth_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.AuthReads] = "true" }));

        Assert.Contains(ContextKeys.AuthReads, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromContext_UserPoolArnWithCognito_IsKept()
    {
        const string arn = "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc123";

        Assert.Equal(arn, Read(new() { [ContextKeys.Auth] = "cognito", [ContextKeys.UserPoolArn] = arn }).UserPoolArn);
    }

    [Theory]
    [InlineData("iam", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_Abc123")]
    [InlineData("cognito", "arn:aws:cognito-idp:us-east-1:123456789012:userpool/eu-west-1_Abc123")]
    [InlineData("cognito", "arn:aws:cognito-idp:us-east-1:12345:userpool/us-east-1_Abc123")]
    [InlineData("cognito", "us-east-1_Abc123")]
    public void FromContext_UserPoolArnWithoutCognitoOrMalformed_Throws(string auth, string arn)
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.Auth] = auth, [ContextKeys.UserPoolArn] = arn }));

        Assert.Contains(ContextKeys.UserPoolArn, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10", 10)]
    [InlineData("2000000000", 2_000_000_000)]
    public void FromContext_WafRateLimitWithinRange_IsParsed(string value, int expected)
    {
        Assert.Equal(expected, Read(new() { [ContextKeys.Waf] = "true", [ContextKeys.WafRateLimit] = value }).WafRateLimit);
    }

    [Theory]
    [InlineData("9")]
    [InlineData("2000000001")]
    [InlineData("100.5")]
    [InlineData("-100")]
    public void FromContext_WafRateLimitOutsideRange_ThrowsNamingTheRange(string value)
    {
        var error = Assert.Throws<ArgumentException>(() => Read(new() { [ContextKeys.WafRateLimit] = value }));

        Assert.Contains("from 10 to 2,000,000,000", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromContext_WafTrue_AddsTheWebAcl()
    {
        Assert.True(Read(new() { [ContextKeys.Waf] = true }).Waf);
    }

    private static DeploymentSettings Read(Dictionary<string, object> context) =>
        DeploymentSettings.FromContext(key => context.GetValueOrDefault(key));
}

using System.Globalization;
using System.Text.RegularExpressions;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Observability;
using EventFunctions.Configuration;

namespace EventFunctions.Cdk;

/// <summary>What may differ between two deployments of the same manifest, read from the CDK context.</summary>
internal sealed partial record DeploymentSettings
{
    /// <summary>The <c>service</c> and the metrics namespace when the context names none.</summary>
    public const string DefaultServiceName = Observability.EventMetrics.DefaultServiceName;

    public const double DefaultThrottleRateLimit = 100;
    public const int DefaultThrottleBurstLimit = 200;

    /// <summary>Requests per 5 minutes from one IP address: well above what one person with a browser or a script sends.</summary>
    public const int DefaultWafRateLimit = 1000;

    /// <summary>The range AWS WAF accepts for a rate-based rule's limit.</summary>
    public const int MinWafRateLimit = 10;

    public const int MaxWafRateLimit = 2_000_000_000;

    public FunctionRuntime Runtime { get; init; } = FunctionRuntime.Aot;

    public FunctionArchitecture Architecture { get; init; } = FunctionArchitecture.X86_64;

    public IReadOnlyList<string> CorsOrigins { get; init; } = ["*"];

    public bool DestroyTable { get; init; }

    public bool ApiKeyRequired { get; init; }

    public double ThrottleRateLimit { get; init; } = DefaultThrottleRateLimit;

    public int ThrottleBurstLimit { get; init; } = DefaultThrottleBurstLimit;

    /// <summary>Set on the idempotent functions when given; <c>null</c> leaves them at their default.</summary>
    public int? IdempotencyExpirySeconds { get; init; }

    public string ServiceName { get; init; } = DefaultServiceName;

    public string MetricsNamespace { get; init; } = DefaultServiceName;

    public LambdaLogLevel LogLevel { get; init; } = LambdaLogLevel.Info;

    /// <summary>The SNS topic the alarms notify; <c>null</c>, they notify nobody.</summary>
    public string? AlarmTopicArn { get; init; }

    public string? FunctionsAsset { get; init; }

    public AuthorizationMode Auth { get; init; } = AuthorizationMode.None;

    public bool AuthReads { get; init; }

    /// <summary>The existing user pool <c>auth=cognito</c> uses; <c>null</c>, the stack creates one.</summary>
    public string? UserPoolArn { get; init; }

    public bool Waf { get; init; }

    public int WafRateLimit { get; init; } = DefaultWafRateLimit;

    /// <summary>Which methods get the authorizer: the one rule, shared with SAM and LocalGateway.</summary>
    public RouteAuthorization Authorization => new(Auth, AuthReads);

    /// <summary>
    /// Reads each <see cref="ContextKeys"/> value. Values from <c>-c</c> arrive as strings, values from
    /// <c>cdk.json</c> or <c>AppProps.Context</c> may be JSON booleans or numbers: both are accepted.
    /// </summary>
    /// <exception cref="ArgumentException">A value is present but not valid for its key.</exception>
    public static DeploymentSettings FromContext(Func<string, object?> read)
    {
        ArgumentNullException.ThrowIfNull(read);
        string? Text(string key) =>
            Convert.ToString(read(key), CultureInfo.InvariantCulture) is { Length: > 0 } text ? text.Trim() : null;

        var defaults = new DeploymentSettings();
        var auth = Text(ContextKeys.Auth) is { } mode ? ParseAuth(mode) : defaults.Auth;
        return new DeploymentSettings
        {
            Runtime = Text(ContextKeys.Runtime) is { } runtime ? ParseRuntime(runtime) : defaults.Runtime,
            Architecture = Text(ContextKeys.Architecture) is { } architecture
                ? ParseArchitecture(architecture)
                : defaults.Architecture,
            CorsOrigins = Text(ContextKeys.CorsOrigins) is { } origins ? ParseOrigins(origins) : defaults.CorsOrigins,
            DestroyTable = ParseFlag(ContextKeys.DestroyTable, Text(ContextKeys.DestroyTable)),
            ApiKeyRequired = ParseFlag(ContextKeys.ApiKeyRequired, Text(ContextKeys.ApiKeyRequired)),
            ThrottleRateLimit = Text(ContextKeys.ThrottleRateLimit) is { } rate
                ? ParsePositive(ContextKeys.ThrottleRateLimit, rate)
                : defaults.ThrottleRateLimit,
            ThrottleBurstLimit = Text(ContextKeys.ThrottleBurstLimit) is { } burst
                ? (int)ParsePositive(ContextKeys.ThrottleBurstLimit, burst, wholeNumber: true)
                : defaults.ThrottleBurstLimit,
            IdempotencyExpirySeconds = Text(ContextKeys.IdempotencyExpirySeconds) is { } expiry
                ? ParseExpirySeconds(expiry)
                : defaults.IdempotencyExpirySeconds,
            ServiceName = Text(ContextKeys.ServiceName) is { } service ? ParseServiceName(service) : defaults.ServiceName,
            MetricsNamespace = Text(ContextKeys.MetricsNamespace) is { } metricsNamespace
                ? ParseMetricsNamespace(metricsNamespace)
                : defaults.MetricsNamespace,
            LogLevel = Text(ContextKeys.LogLevel) is { } level ? ParseLogLevel(level) : defaults.LogLevel,
            AlarmTopicArn = Text(ContextKeys.AlarmTopicArn) is { } topic ? ParseTopicArn(topic) : defaults.AlarmTopicArn,
            FunctionsAsset = Text(ContextKeys.FunctionsAsset),
            Auth = auth,
            AuthReads = ParseAuthReads(auth, Text(ContextKeys.AuthReads)),
            UserPoolArn = Text(ContextKeys.UserPoolArn) is { } pool ? ParseUserPoolArn(auth, pool) : defaults.UserPoolArn,
            Waf = ParseFlag(ContextKeys.Waf, Text(ContextKeys.Waf)),
            WafRateLimit = Text(ContextKeys.WafRateLimit) is { } limit ? ParseWafRateLimit(limit) : defaults.WafRateLimit,
        };
    }

    private static AuthorizationMode ParseAuth(string value) =>
        AuthorizationModes.TryParse(value, out var mode) ? mode : throw Invalid(ContextKeys.Auth, value, AuthorizationModes.All);

    private static bool ParseAuthReads(AuthorizationMode auth, string? value)
    {
        var authReads = ParseFlag(ContextKeys.AuthReads, value);
        return authReads && auth == AuthorizationMode.None
            ? throw Invalid(ContextKeys.AuthReads, value!, $"false unless {ContextKeys.Auth} is cognito or iam")
            : authReads;
    }

    private static string ParseUserPoolArn(AuthorizationMode auth, string value)
    {
        if (auth != AuthorizationMode.Cognito)
        {
            throw Invalid(ContextKeys.UserPoolArn, value, $"no value unless {ContextKeys.Auth} is cognito");
        }

        return UserPoolArnPattern().IsMatch(value)
            ? value
            : throw Invalid(ContextKeys.UserPoolArn, value, "a Cognito user pool ARN such as arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123");
    }

    private static int ParseWafRateLimit(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
        && limit is >= MinWafRateLimit and <= MaxWafRateLimit
            ? limit
            : throw Invalid(ContextKeys.WafRateLimit, value,
                $"a whole number of requests per 5 minutes from {MinWafRateLimit} to {MaxWafRateLimit.ToString("N0", CultureInfo.InvariantCulture)}");

    private static FunctionRuntime ParseRuntime(string value) => value.ToUpperInvariant() switch
    {
        "AOT" => FunctionRuntime.Aot,
        "MANAGED" => FunctionRuntime.Managed,
        _ => throw Invalid(ContextKeys.Runtime, value, "aot or managed"),
    };

    private static FunctionArchitecture ParseArchitecture(string value) => value.ToUpperInvariant() switch
    {
        "X86_64" => FunctionArchitecture.X86_64,
        "ARM64" => FunctionArchitecture.Arm64,
        _ => throw Invalid(ContextKeys.Architecture, value, "x86_64 or arm64"),
    };

    private static string[] ParseOrigins(string value)
    {
        string[] origins = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
        if (origins.Length == 0)
        {
            return ["*"];
        }

        if (origins.Length > 1 && origins.Contains("*"))
        {
            throw Invalid(ContextKeys.CorsOrigins, value, "either * or a list of origins, not both");
        }

        foreach (var origin in origins.Where(o => o != "*"))
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.GetLeftPart(UriPartial.Authority) != origin)
            {
                throw Invalid(ContextKeys.CorsOrigins, origin, "an origin such as https://app.example.com (no path, no trailing slash)");
            }
        }

        return origins;
    }

    private static bool ParseFlag(string key, string? value) => value?.ToUpperInvariant() switch
    {
        null or "FALSE" => false,
        "TRUE" => true,
        _ => throw Invalid(key, value, "true or false"),
    };

    private static double ParsePositive(string key, string value, bool wholeNumber = false)
    {
        var style = wholeNumber ? NumberStyles.Integer : NumberStyles.Float;
        if (!double.TryParse(value, style, CultureInfo.InvariantCulture, out var number) || number <= 0)
        {
            throw Invalid(key, value, wholeNumber ? "a positive whole number" : "a positive number");
        }

        return number;
    }

    private static int ParseExpirySeconds(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && seconds is >= 1 and <= FunctionSettings.MaxIdempotencyExpirySeconds
            ? seconds
            : throw Invalid(ContextKeys.IdempotencyExpirySeconds, value,
                $"a whole number of seconds from 1 to {FunctionSettings.MaxIdempotencyExpirySeconds}");

    /// <summary>A CloudWatch dimension value that a dashboard search can quote as it is.</summary>
    private static string ParseServiceName(string value) =>
        ServiceNamePattern().IsMatch(value)
            ? value
            : throw Invalid(ContextKeys.ServiceName, value, "1 to 255 letters, digits or . - _ / # : @");

    /// <summary>A CloudWatch namespace of our own: 1 to 255 of letters, digits and <c>. - _ / # :</c>, not under <c>AWS/</c>.</summary>
    private static string ParseMetricsNamespace(string value) =>
        MetricsNamespacePattern().IsMatch(value)
            ? value
            : throw Invalid(ContextKeys.MetricsNamespace, value, "1 to 255 letters, digits or . - _ / # : (not starting with AWS/)");

    private static LambdaLogLevel ParseLogLevel(string value) =>
        ObservabilitySettings.ParseLevel(value)
        ?? throw Invalid(ContextKeys.LogLevel, value, string.Join(", ", LambdaLogLevels.Names));

    private static string ParseTopicArn(string value) =>
        TopicArnPattern().IsMatch(value)
            ? value
            : throw Invalid(ContextKeys.AlarmTopicArn, value, "a standard SNS topic ARN such as arn:aws:sns:eu-west-1:123456789012:alarms");

    /// <summary>The metrics namespace's rule, as a pattern a SAM parameter can use too.</summary>
    public const string MetricsNamespacePatternText = "^(?![Aa][Ww][Ss]/)[A-Za-z0-9._/#:-]{1,255}$";

    /// <summary>The service name's rule, as a pattern a SAM parameter can use too.</summary>
    public const string ServiceNamePatternText = "^[A-Za-z0-9._/#:@-]{1,255}$";

    [GeneratedRegex(MetricsNamespacePatternText)]
    private static partial Regex MetricsNamespacePattern();

    [GeneratedRegex(ServiceNamePatternText)]
    private static partial Regex ServiceNamePattern();

    [GeneratedRegex("^arn:aws(-[a-z]+)*:sns:[a-z]{2}(-[a-z]+)+-[0-9]:[0-9]{12}:[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex TopicArnPattern();

    /// <summary>A user pool ARN: its region is also the first part of its id (<c>eu-west-1_AbCdEf123</c>).</summary>
    [GeneratedRegex("^arn:aws(-[a-z]+)*:cognito-idp:(?<region>[a-z]{2}(-[a-z]+)+-[0-9]):[0-9]{12}:userpool/\\k<region>_[0-9A-Za-z]+$")]
    private static partial Regex UserPoolArnPattern();

    private static ArgumentException Invalid(string key, string value, string expected) =>
        new($"Context '{key}' is '{value}'; expected {expected}.");
}

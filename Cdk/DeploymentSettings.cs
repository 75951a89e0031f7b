using System.Globalization;
using EventFunctions.Configuration;

namespace EventFunctions.Cdk;

/// <summary>What may differ between two deployments of the same manifest, read from the CDK context.</summary>
internal sealed record DeploymentSettings
{
    public const double DefaultThrottleRateLimit = 100;
    public const int DefaultThrottleBurstLimit = 200;

    public FunctionRuntime Runtime { get; init; } = FunctionRuntime.Aot;

    public FunctionArchitecture Architecture { get; init; } = FunctionArchitecture.X86_64;

    public IReadOnlyList<string> CorsOrigins { get; init; } = ["*"];

    public bool DestroyTable { get; init; }

    public bool ApiKeyRequired { get; init; }

    public double ThrottleRateLimit { get; init; } = DefaultThrottleRateLimit;

    public int ThrottleBurstLimit { get; init; } = DefaultThrottleBurstLimit;

    /// <summary>Set on the idempotent functions when given; <c>null</c> leaves them at their default.</summary>
    public int? IdempotencyExpirySeconds { get; init; }

    public string? FunctionsAsset { get; init; }

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
            FunctionsAsset = Text(ContextKeys.FunctionsAsset),
        };
    }

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

    private static ArgumentException Invalid(string key, string value, string expected) =>
        new($"Context '{key}' is '{value}'; expected {expected}.");
}

namespace EventFunctions.Annotations.Observability;

/// <summary>
/// What an invocation's log record and metrics say about their source, and which records are written:
/// <c>AWS_LAMBDA_LOG_LEVEL</c> (Lambda's application log level, which takes precedence), else
/// <c>POWERTOOLS_LOG_LEVEL</c>, else INFO. The variable names are Powertools for AWS Lambda's, so a function moved
/// between the two keeps its configuration.
/// </summary>
public sealed record ObservabilitySettings
{
    public const string LambdaLevelVariable = "AWS_LAMBDA_LOG_LEVEL";
    public const string PowertoolsLevelVariable = "POWERTOOLS_LOG_LEVEL";
    public const string ServiceVariable = "POWERTOOLS_SERVICE_NAME";
    public const string MetricsNamespaceVariable = "POWERTOOLS_METRICS_NAMESPACE";
    public const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>INFO and above, the function's own name for <c>service</c>, <c>function_name</c> and the namespace.</summary>
    public static ObservabilitySettings Default { get; } = new();

    /// <summary>The lowest level written. Metrics are written whatever the level.</summary>
    public LambdaLogLevel MinimumLevel { get; init; } = LambdaLogLevel.Info;

    /// <summary><c>POWERTOOLS_SERVICE_NAME</c>; when null, the function's name.</summary>
    public string? Service { get; init; }

    /// <summary><c>POWERTOOLS_METRICS_NAMESPACE</c>, the CloudWatch namespace of the metrics; when null, the service.</summary>
    public string? MetricsNamespace { get; init; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_NAME</c>; when null, the function's name.</summary>
    public string? FunctionName { get; init; }

    public static ObservabilitySettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public static ObservabilitySettings From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new()
        {
            MinimumLevel = ParseLevel(variable(LambdaLevelVariable)) ?? ParseLevel(variable(PowertoolsLevelVariable)) ?? LambdaLogLevel.Info,
            Service = NullIfEmpty(variable(ServiceVariable)),
            MetricsNamespace = NullIfEmpty(variable(MetricsNamespaceVariable)),
            FunctionName = NullIfEmpty(variable(FunctionNameVariable)),
        };
    }

    /// <summary>Lambda's names (TRACE … FATAL) and .NET's (Information, Warning, Critical), in any case; null otherwise.</summary>
    public static LambdaLogLevel? ParseLevel(string? value)
    {
        var level = value.AsSpan().Trim();
        return LambdaLogLevels.TryParse(level, out var named) ? named
            : level.Equals("Information", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Info
            : level.Equals("Warning", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Warn
            : level.Equals("Critical", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Fatal
            : null;
    }

    /// <summary>The <c>service</c> a record or metric names.</summary>
    public string ServiceOf(string function) => Service ?? function;

    /// <summary>The <c>function_name</c> a record or metric names.</summary>
    public string FunctionNameOf(string function) => FunctionName ?? function;

    /// <summary>The CloudWatch namespace of the metrics.</summary>
    public string NamespaceOf(string function) => MetricsNamespace ?? ServiceOf(function);

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

namespace EventFunctions.Annotations.Runtime;

/// <summary>Lambda's log levels (advanced logging controls), lowest first.</summary>
public enum LambdaLogLevel
{
    Trace,
    Debug,
    Info,
    Warn,
    Error,
    Fatal,
}

/// <summary>
/// Which records are written: <c>AWS_LAMBDA_LOG_LEVEL</c> (Lambda's application log level, which takes precedence),
/// else <c>POWERTOOLS_LOG_LEVEL</c>, else INFO; and the names the record carries.
/// </summary>
public sealed record InvocationLogSettings
{
    public const string LambdaLevelVariable = "AWS_LAMBDA_LOG_LEVEL";
    public const string PowertoolsLevelVariable = "POWERTOOLS_LOG_LEVEL";
    public const string ServiceVariable = "POWERTOOLS_SERVICE_NAME";
    public const string FunctionNameVariable = "AWS_LAMBDA_FUNCTION_NAME";

    /// <summary>INFO and above, the function's own name for <c>service</c> and <c>function_name</c>.</summary>
    public static InvocationLogSettings Default { get; } = new();

    /// <summary>The lowest level written.</summary>
    public LambdaLogLevel MinimumLevel { get; init; } = LambdaLogLevel.Info;

    /// <summary><c>POWERTOOLS_SERVICE_NAME</c>; when null, the function's name.</summary>
    public string? Service { get; init; }

    /// <summary><c>AWS_LAMBDA_FUNCTION_NAME</c>; when null, the function's name.</summary>
    public string? FunctionName { get; init; }

    public static InvocationLogSettings FromEnvironment() => From(Environment.GetEnvironmentVariable);

    public static InvocationLogSettings From(Func<string, string?> variable)
    {
        ArgumentNullException.ThrowIfNull(variable);
        return new()
        {
            MinimumLevel = ParseLevel(variable(LambdaLevelVariable)) ?? ParseLevel(variable(PowertoolsLevelVariable)) ?? LambdaLogLevel.Info,
            Service = NullIfEmpty(variable(ServiceVariable)),
            FunctionName = NullIfEmpty(variable(FunctionNameVariable)),
        };
    }

    /// <summary>Lambda's names (TRACE … FATAL) and .NET's (Information, Warning, Critical), in any case; null otherwise.</summary>
    public static LambdaLogLevel? ParseLevel(string? value)
    {
        var level = value.AsSpan().Trim();
        return level.Equals("TRACE", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Trace
            : level.Equals("DEBUG", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Debug
            : level.Equals("INFO", StringComparison.OrdinalIgnoreCase) || level.Equals("Information", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Info
            : level.Equals("WARN", StringComparison.OrdinalIgnoreCase) || level.Equals("Warning", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Warn
            : level.Equals("ERROR", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Error
            : level.Equals("FATAL", StringComparison.OrdinalIgnoreCase) || level.Equals("Critical", StringComparison.OrdinalIgnoreCase) ? LambdaLogLevel.Fatal
            : null;
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}

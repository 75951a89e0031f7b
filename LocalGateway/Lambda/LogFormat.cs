using EventFunctions.Annotations.Observability;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>A function's log format (LoggingConfig <c>LogFormat</c>): how Lambda writes its own lines, and what the runtime is told.</summary>
internal enum LogFormat
{
    /// <summary>Lambda's platform lines as JSON events (<c>platform.start</c>, <c>platform.report</c>); what our stacks deploy.</summary>
    Json,

    /// <summary>Lambda's platform lines as text (<c>START RequestId: …</c>, <c>END</c>, <c>REPORT</c>).</summary>
    Text,
}

internal static class LogFormats
{
    /// <summary>The name Lambda uses, in LoggingConfig and in <c>AWS_LAMBDA_LOG_FORMAT</c>.</summary>
    public static string Name(LogFormat format) => format switch
    {
        LogFormat.Json => "JSON",
        LogFormat.Text => "Text",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static bool TryParse(string text, out LogFormat format)
    {
        foreach (var candidate in Enum.GetValues<LogFormat>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<LogFormat>().Select(Name));
}

/// <summary>
/// A function's LoggingConfig as the environments get it: its <see cref="Format"/> and, with JSON only, its
/// <see cref="ApplicationLogLevel"/> (<c>null</c>: Lambda's default, INFO, and no <c>AWS_LAMBDA_LOG_LEVEL</c>).
/// </summary>
internal sealed record LoggingConfig(LogFormat Format, LambdaLogLevel? ApplicationLogLevel = null)
{
    /// <summary>JSON, as the CDK stack and the SAM template deploy every function.</summary>
    public static LoggingConfig Default { get; } = new(LogFormat.Json);

    /// <summary>The level's name as Lambda writes it (<c>ERROR</c>), or <c>null</c> when none is set.</summary>
    public string? ApplicationLogLevelName => ApplicationLogLevel is { } level ? LambdaLogLevels.Name(level) : null;
}

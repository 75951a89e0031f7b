namespace EventFunctions.Annotations.Observability;

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

/// <summary>The levels as Lambda spells them (<c>INFO</c>), for its settings and variables.</summary>
public static class LambdaLogLevels
{
    /// <summary>Every level's name, lowest first: <c>TRACE, DEBUG, INFO, WARN, ERROR, FATAL</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. Enum.GetValues<LambdaLogLevel>().Select(Name)];

    /// <summary>Lambda's name of <paramref name="level"/>: <c>INFO</c>.</summary>
    public static string Name(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => "TRACE",
        LambdaLogLevel.Debug => "DEBUG",
        LambdaLogLevel.Info => "INFO",
        LambdaLogLevel.Warn => "WARN",
        LambdaLogLevel.Error => "ERROR",
        LambdaLogLevel.Fatal => "FATAL",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, null),
    };

    /// <summary>The level Lambda names <paramref name="name"/> (<c>INFO</c>, in any case); false for anything else.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out LambdaLogLevel level)
    {
        foreach (var candidate in Enum.GetValues<LambdaLogLevel>())
        {
            if (name.Equals(Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                level = candidate;
                return true;
            }
        }

        level = LambdaLogLevel.Info;
        return false;
    }
}

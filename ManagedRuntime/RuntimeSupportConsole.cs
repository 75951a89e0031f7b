using System.Globalization;
using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.ManagedRuntime;

/// <summary>
/// What Amazon.Lambda.RuntimeSupport does to <see cref="Console.Out"/> and <see cref="Console.Error"/> in the managed
/// runtime, so the local stand-in shows it too: every <c>WriteLine</c> becomes one record in the function's log format
/// (<c>AWS_LAMBDA_HANDLER_LOG_FORMAT</c>, else <c>AWS_LAMBDA_LOG_FORMAT</c>) and is dropped below its level
/// (<c>AWS_LAMBDA_HANDLER_LOG_LEVEL</c>, else <c>AWS_LAMBDA_LOG_LEVEL</c>); stdout lines count as Information, stderr
/// lines as Error. <c>Write</c> without a newline passes through unformatted. Text:
/// <c>timestamp\trequestId\tinfo\tmessage</c>; JSON: <c>{"timestamp","level","requestId","traceId","message"}</c>,
/// the line escaped into <c>message</c> even when it is JSON itself. Unformatted: the line as written.
/// </summary>
internal static class RuntimeSupportConsole
{
    public static void Install(Func<string, string?> variable)
    {
        var format = ParseFormat(Variable(variable, "AWS_LAMBDA_HANDLER_LOG_FORMAT", "AWS_LAMBDA_LOG_FORMAT"));
        var minimum = ParseLevel(Variable(variable, "AWS_LAMBDA_HANDLER_LOG_LEVEL", "AWS_LAMBDA_LOG_LEVEL")) ?? Level.Information;
        Console.SetOut(new WrappingWriter(Console.Out, format, Level.Information, minimum));
        Console.SetError(new WrappingWriter(Console.Error, format, Level.Error, minimum));
    }

    internal enum Format
    {
        Default,
        Unformatted,
        Json,
    }

    internal enum Level
    {
        Trace,
        Debug,
        Information,
        Warning,
        Error,
        Critical,
    }

    internal static Format ParseFormat(string? value) =>
        string.Equals(value, "Json", StringComparison.OrdinalIgnoreCase) ? Format.Json
        : string.Equals(value, "Unformatted", StringComparison.OrdinalIgnoreCase) ? Format.Unformatted
        : Format.Default;

    internal static Level? ParseLevel(string? value) =>
        string.Equals(value, "fatal", StringComparison.OrdinalIgnoreCase) ? Level.Critical
        : string.Equals(value, "warn", StringComparison.OrdinalIgnoreCase) ? Level.Warning
        : string.Equals(value, "info", StringComparison.OrdinalIgnoreCase) ? Level.Information
        : Enum.TryParse<Level>(value, ignoreCase: true, out var level) ? level
        : null;

    /// <summary>One line as RuntimeSupport formats it (without its newline).</summary>
    internal static string FormatLine(Format format, Level level, DateTimeOffset now, string? requestId, string? traceId, string message)
    {
        var timestamp = now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        if (format == Format.Unformatted)
        {
            return message;
        }

        if (format == Format.Default)
        {
            return $"{timestamp}\t{requestId}\t{Label(level)}\t{message}";
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", timestamp);
            json.WriteString("level", level.ToString());
            if (!string.IsNullOrEmpty(requestId))
            {
                json.WriteString("requestId", requestId);
            }

            if (!string.IsNullOrEmpty(traceId))
            {
                json.WriteString("traceId", traceId);
            }

            json.WriteString("message", message);
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Label(Level level) => level switch
    {
        Level.Trace => "trce",
        Level.Debug => "dbug",
        Level.Information => "info",
        Level.Warning => "warn",
        Level.Error => "fail",
        _ => "crit",
    };

    private static string? Variable(Func<string, string?> variable, string primary, string fallback) =>
        variable(primary) is { Length: > 0 } value ? value : variable(fallback);

    /// <summary>RuntimeSupport's <c>WrapperTextWriter</c>: formats whole lines, passes the rest through.</summary>
    private sealed class WrappingWriter(TextWriter inner, Format format, Level level, Level minimum) : TextWriter
    {
        public override Encoding Encoding => inner.Encoding;

        public override void Write(char value) => inner.Write(value);

        public override void Write(string? value) => inner.Write(value);

        public override void Write(char[] buffer, int index, int count) => inner.Write(buffer, index, count);

        public override void WriteLine() => WriteFormatted(string.Empty);

        public override void WriteLine(string? value) => WriteFormatted(value ?? string.Empty);

        public override void WriteLine(ReadOnlySpan<char> buffer) => WriteFormatted(buffer.ToString());

        public override void WriteLine(char[] buffer, int index, int count) => WriteFormatted(new string(buffer, index, count));

        public override void WriteLine(object? value) => WriteFormatted(value?.ToString() ?? string.Empty);

        public override Task WriteLineAsync(string? value)
        {
            WriteFormatted(value ?? string.Empty);
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            WriteFormatted(buffer.ToString());
            return Task.CompletedTask;
        }

        public override Task WriteLineAsync(char[] buffer, int index, int count)
        {
            WriteFormatted(new string(buffer, index, count));
            return Task.CompletedTask;
        }

        public override void Flush() => inner.Flush();

        public override Task FlushAsync() => inner.FlushAsync();

        private void WriteFormatted(string message)
        {
            if (level < minimum)
            {
                return;
            }

            var line = FormatLine(
                format, level, DateTimeOffset.UtcNow, LambdaContext.Current?.AwsRequestId,
                Environment.GetEnvironmentVariable("_X_AMZN_TRACE_ID"), message);
            lock (inner)
            {
                inner.WriteLine(line);
            }
        }
    }
}

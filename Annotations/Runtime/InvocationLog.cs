using System.Buffers;
using System.Text;
using System.Text.Json;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// Writes the one structured JSON line per invocation: function, method, path, status, duration, request id,
/// error kind. Never a request body; the exception's stack trace only for a 500.
/// </summary>
public sealed class InvocationLog(TextWriter writer)
{
    /// <summary>Lines longer than this (a 500's stack trace) do not keep their buffer for the next invocation.</summary>
    private const int MaxRetainedBytes = 16 * 1024;

    // One buffer and JSON writer per thread, reused line after line: a log line costs no allocation of its own.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? json;

    public static InvocationLog Console { get; } = new(System.Console.Out);

    public void Write(InvocationLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var utf8 = buffer ??= new ArrayBufferWriter<byte>(1024);
        utf8.ResetWrittenCount();
        if (json is null)
        {
            json = new Utf8JsonWriter(utf8);
        }
        else
        {
            json.Reset(utf8);
        }

        json.WriteStartObject();
        json.WriteString("timestamp", entry.Timestamp);
        json.WriteString("level", entry.Status >= 500 ? "ERROR" : "INFO");
        json.WriteString("function", entry.Function);
        json.WriteString("method", entry.Method);
        json.WriteString("path", entry.Path);
        json.WriteNumber("status", entry.Status);
        json.WriteNumber("durationMs", Math.Round(entry.DurationMs, 3));
        json.WriteString("requestId", entry.RequestId);
        if (entry.ErrorKind is not null)
        {
            json.WriteString("errorKind", entry.ErrorKind);
        }

        if (entry.Exception is not null)
        {
            json.WriteString("exception", entry.Exception.ToString());
        }

        json.WriteEndObject();
        json.Flush();

        var line = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.WrittenCount));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8.WrittenSpan, line);
            lock (writer)
            {
                writer.WriteLine(line.AsSpan(0, length));
                writer.Flush();
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(line);
            if (utf8.Capacity > MaxRetainedBytes)
            {
                buffer = null;
                json = null;
            }
        }
    }
}

/// <summary>The facts of one invocation that the log line records.</summary>
public sealed record InvocationLogEntry(
    DateTimeOffset Timestamp,
    string Function,
    string? Method,
    string? Path,
    int Status,
    double DurationMs,
    string? RequestId,
    string? ErrorKind,
    Exception? Exception);

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
    public static InvocationLog Console { get; } = new(System.Console.Out);

    public void Write(InvocationLogEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ReusableJsonWriter.Write(entry, WriteEntry, WriteLine);
    }

    private static void WriteEntry(Utf8JsonWriter json, InvocationLogEntry entry)
    {
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
    }

    private bool WriteLine(ReadOnlySpan<byte> utf8)
    {
        var line = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(utf8.Length));
        try
        {
            var length = Encoding.UTF8.GetChars(utf8, line);
            lock (writer)
            {
                writer.WriteLine(line.AsSpan(0, length));
                writer.Flush();
            }

            return true;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(line);
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

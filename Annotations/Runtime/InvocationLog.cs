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
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
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

        var line = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        lock (writer)
        {
            writer.WriteLine(line);
            writer.Flush();
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

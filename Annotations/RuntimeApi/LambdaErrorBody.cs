using System.Buffers;
using System.Text.Json;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>
/// The JSON error body the Runtime API takes on <c>invocation/{id}/error</c> and <c>init/error</c>, in the shape
/// Amazon.Lambda.RuntimeSupport writes: <c>errorType</c> (the exception's type name), <c>errorMessage</c>,
/// <c>stackTrace</c> (one string per frame), the inner exception as <c>cause</c> and an aggregate's as <c>causes</c>.
/// </summary>
internal static class LambdaErrorBody
{
    /// <summary>Lambda caps an error body; past this RuntimeSupport sends a fixed message instead, and so do we.</summary>
    internal const int MaxBytes = 256 * 1024;

    private const int MaxDepth = 32;

    internal const string TruncatedMessage = "Exception exceeded maximum payload size of 256KB.";

    public static string ErrorType(Exception exception) => exception.GetType().Name;

    public static byte[] Write(Exception exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteException(writer, exception, depth: 0);
        }

        return buffer.WrittenCount <= MaxBytes ? buffer.WrittenSpan.ToArray() : Truncated(ErrorType(exception));
    }

    private static void WriteException(Utf8JsonWriter writer, Exception exception, int depth)
    {
        writer.WriteStartObject();
        writer.WriteString("errorType", ErrorType(exception));
        writer.WriteString("errorMessage", exception.Message);
        writer.WriteStartArray("stackTrace");
        foreach (var frame in (exception.StackTrace ?? string.Empty).Split('\n'))
        {
            var line = frame.Trim();
            if (line.Length > 0)
            {
                writer.WriteStringValue(line);
            }
        }

        writer.WriteEndArray();
        if (depth < MaxDepth)
        {
            if (exception.InnerException is { } inner)
            {
                writer.WritePropertyName("cause");
                WriteException(writer, inner, depth + 1);
            }

            if (exception is AggregateException { InnerExceptions.Count: > 0 } aggregate)
            {
                writer.WriteStartArray("causes");
                foreach (var each in aggregate.InnerExceptions)
                {
                    WriteException(writer, each, depth + 1);
                }

                writer.WriteEndArray();
            }
        }

        writer.WriteEndObject();
    }

    private static byte[] Truncated(string errorType)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("errorType", errorType);
            writer.WriteString("errorMessage", TruncatedMessage);
            writer.WriteStartArray("stackTrace");
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}

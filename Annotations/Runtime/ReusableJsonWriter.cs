using System.Buffers;
using System.Text.Json;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// One UTF-8 buffer and <see cref="Utf8JsonWriter"/> per thread, reused for every JSON text the runtime writes by
/// hand (the proxy response, bodies that bring their own writer, the log line): no allocation of their own per use,
/// and none of <see cref="JsonSerializer"/>'s first-use setup on the cold path. Not reentrant: a write callback must
/// not itself write through this class.
/// </summary>
internal static class ReusableJsonWriter
{
    /// <summary>
    /// Room for a typical response from the start: <see cref="Utf8JsonWriter"/> asks for 4 KB more whenever it runs
    /// short, so a small buffer grows several times for one page of events (its body is escaped again inside the
    /// proxy response).
    /// </summary>
    private const int InitialBytes = 16 * 1024;

    /// <summary>A buffer grown past this (a page of the largest events, a long stack trace) is not kept for the next use.</summary>
    private const int MaxRetainedBytes = 256 * 1024;

    [ThreadStatic]
    private static ArrayBufferWriter<byte>? buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? json;

    /// <summary>Writes <paramref name="value"/> with <paramref name="write"/>, then hands the UTF-8 text to <paramref name="read"/>.</summary>
    public static TResult Write<TValue, TResult>(
        TValue value, Action<Utf8JsonWriter, TValue> write, Func<ReadOnlySpan<byte>, TResult> read)
    {
        var (utf8, writer) = Start();
        try
        {
            write(writer, value);
            writer.Flush();
            return read(utf8.WrittenSpan);
        }
        finally
        {
            Finish(utf8);
        }
    }

    /// <summary>
    /// Writes <paramref name="first"/> (unless <paramref name="writeFirst"/> is null) and <paramref name="second"/> as
    /// lines, each ended by a newline, then hands the UTF-8 text of both to <paramref name="read"/>: one buffer, so its
    /// reader can send them in one write.
    /// </summary>
    public static TResult WriteLines<TFirst, TSecond, TResult>(
        TFirst first,
        Action<Utf8JsonWriter, TFirst>? writeFirst,
        TSecond second,
        Action<Utf8JsonWriter, TSecond> writeSecond,
        Func<ReadOnlySpan<byte>, TResult> read)
    {
        var (utf8, writer) = Start();
        try
        {
            if (writeFirst is not null)
            {
                writeFirst(writer, first);
                EndLine(utf8, writer);
            }

            writeSecond(writer, second);
            EndLine(utf8, writer);
            return read(utf8.WrittenSpan);
        }
        finally
        {
            Finish(utf8);
        }
    }

    private static (ArrayBufferWriter<byte> Utf8, Utf8JsonWriter Json) Start()
    {
        var utf8 = buffer ??= new ArrayBufferWriter<byte>(InitialBytes);
        utf8.ResetWrittenCount();
        if (json is null)
        {
            json = new Utf8JsonWriter(utf8);
        }
        else
        {
            json.Reset(utf8);
        }

        return (utf8, json);
    }

    private static void EndLine(ArrayBufferWriter<byte> utf8, Utf8JsonWriter writer)
    {
        writer.Flush();
        utf8.Write("\n"u8);
        writer.Reset(utf8);
    }

    private static void Finish(ArrayBufferWriter<byte> utf8)
    {
        if (utf8.Capacity > MaxRetainedBytes)
        {
            buffer = null;
            json = null;
        }
    }

    public static byte[] ToUtf8Bytes<TValue>(TValue value, Action<Utf8JsonWriter, TValue> write) =>
        Write(value, write, static utf8 => utf8.ToArray());

    public static string ToText<TValue>(TValue value, Action<Utf8JsonWriter, TValue> write) =>
        Write(value, write, static utf8 => System.Text.Encoding.UTF8.GetString(utf8));
}

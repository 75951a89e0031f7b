using System.Text;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// One execution environment's stdout and stderr. The process writes both to one file (the order it wrote them in);
/// this reads the file as it grows and prints each complete line to the gateway's console. The runtime flushes its
/// output before it posts a response, so reading to the end of the file when the response arrives collects exactly
/// what the invocation wrote: no timing guesses. Lines are kept per invocation for <c>--log-type Tail</c>.
/// </summary>
internal sealed class EnvironmentLog : IDisposable
{
    /// <summary>How much of an invocation's log <c>--log-type Tail</c> returns.</summary>
    public const int TailBytes = 4 * 1024;

    private readonly string function;
    private readonly LogConsole console;
    private readonly FileStream file;
    private readonly Decoder decoder = Encoding.UTF8.GetDecoder();
    private readonly StringBuilder partialLine = new();
    private readonly byte[] buffer = new byte[16 * 1024];
    private readonly char[] chars = new char[Encoding.UTF8.GetMaxCharCount(16 * 1024)];
    private readonly Lock gate = new();
    private StringBuilder? invocation;
    private bool disposed;

    public EnvironmentLog(string path, string function, LogConsole console)
    {
        Path = path;
        this.function = function;
        this.console = console;
        File.WriteAllBytes(path, []);
        file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
    }

    /// <summary>The file the environment's process writes its stdout and stderr to.</summary>
    public string Path { get; }

    /// <summary>Prints what the process wrote since the last read; called on a timer for live output.</summary>
    public void Pump()
    {
        lock (gate)
        {
            ReadToEnd();
        }
    }

    /// <summary>Starts collecting an invocation's lines: the START line, then everything the process writes.</summary>
    public void Begin(string startLine)
    {
        lock (gate)
        {
            ReadToEnd();
            invocation = new StringBuilder();
            Emit(startLine);
        }
    }

    /// <summary>Adds a line of Lambda's own (a timeout notice, END, REPORT) after what the process wrote so far; <c>null</c> adds none.</summary>
    public void Append(string? line)
    {
        lock (gate)
        {
            ReadToEnd();
            if (line is not null)
            {
                Emit(line);
            }
        }
    }

    /// <summary>Ends the invocation: what it wrote, as <c>--log-type Tail</c> returns it (the last 4 KB).</summary>
    public string End()
    {
        lock (gate)
        {
            ReadToEnd();
            var text = invocation?.ToString() ?? string.Empty;
            invocation = null;
            return Tail(text);
        }
    }

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            ReadToEnd();
            if (partialLine.Length > 0)
            {
                Emit(partialLine.ToString());
                partialLine.Clear();
            }

            disposed = true;
            file.Dispose();
        }

        try
        {
            File.Delete(Path);
        }
        catch (IOException)
        {
        }
    }

    internal static string Tail(string log)
    {
        var bytes = Encoding.UTF8.GetBytes(log);
        if (bytes.Length <= TailBytes)
        {
            return log;
        }

        var start = bytes.Length - TailBytes;
        while (start < bytes.Length && (bytes[start] & 0xC0) == 0x80)
        {
            start++; // never start inside a UTF-8 sequence
        }

        return Encoding.UTF8.GetString(bytes, start, bytes.Length - start);
    }

    private void ReadToEnd()
    {
        if (disposed)
        {
            return;
        }

        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            var count = decoder.GetChars(buffer, 0, read, chars, 0);
            var start = 0;
            for (var i = 0; i < count; i++)
            {
                if (chars[i] == '\n')
                {
                    partialLine.Append(chars, start, i - start);
                    Emit(partialLine.ToString().TrimEnd('\r'));
                    partialLine.Clear();
                    start = i + 1;
                }
            }

            partialLine.Append(chars, start, count - start);
        }
    }

    private void Emit(string line)
    {
        console.Write(function, line);
        invocation?.Append(line).Append('\n');
    }
}

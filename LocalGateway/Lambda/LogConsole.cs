namespace EventFunctions.LocalGateway.Lambda;

/// <summary>Where the gateway prints the functions' logs: each line prefixed with its function's name, whole lines only.</summary>
internal sealed class LogConsole(TextWriter output)
{
    public static LogConsole Standard { get; } = new(Console.Out);

    public void Write(string function, string line)
    {
        lock (output)
        {
            output.Write('[');
            output.Write(function);
            output.Write("] ");
            output.WriteLine(line);
            output.Flush();
        }
    }
}

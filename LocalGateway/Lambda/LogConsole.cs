namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// Where the gateway prints the functions' logs: each line prefixed with its function's name, whole lines only. With
/// <see cref="IndentsJson"/> (<c>--pretty-logs</c>), a line holding a JSON object is printed indented, each of its lines
/// prefixed; that is for the console only, never for what <c>--log-type Tail</c> returns.
/// </summary>
internal sealed class LogConsole(TextWriter output, bool indentJson = false)
{
    public static LogConsole Standard { get; } = new(Console.Out);

    public bool IndentsJson => indentJson;

    /// <summary>The same output, printing JSON object lines indented.</summary>
    public LogConsole WithIndentedJson() => indentJson ? this : new LogConsole(output, indentJson: true);

    public void Write(string function, string line)
    {
        var text = indentJson && IndentedJson.TryIndent(line) is { } indented ? indented : line;
        lock (output)
        {
            foreach (var part in text.Split('\n'))
            {
                output.Write('[');
                output.Write(function);
                output.Write("] ");
                output.WriteLine(part);
            }

            output.Flush();
        }
    }
}

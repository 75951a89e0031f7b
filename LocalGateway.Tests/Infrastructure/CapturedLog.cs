using System.Text;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>What a gateway printed of its functions' logs, kept in memory.</summary>
public sealed class CapturedLog : IDisposable
{
    private readonly StringWriter writer = new(new StringBuilder());

    internal LogConsole Console { get; }

    public CapturedLog() => Console = new LogConsole(writer);

    public void Dispose() => writer.Dispose();

    public string Text
    {
        get
        {
            lock (writer)
            {
                return writer.ToString();
            }
        }
    }
}

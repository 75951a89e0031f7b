using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Benchmarks.ColdStartFloor;

/// <summary>
/// A handler with no I/O and no work: a constant response. Behind the Runtime API it leaves only the cost of the
/// process model itself (the <c>next</c> and <c>response</c> hops and the emulator's bookkeeping).
/// </summary>
public sealed class NoopHandler
{
    public const string HandlerString =
        "EventFunctions.Benchmarks.ColdStartFloor::EventFunctions.Benchmarks.ColdStartFloor.NoopHandler::FunctionHandler";

    private static readonly byte[] Response = "{\"statusCode\":200}"u8.ToArray();

    [SuppressMessage("Performance", "CA1822", Justification = "A handler string names an instance method.")]
    public Task<Stream> FunctionHandler(Stream input) => Task.FromResult<Stream>(new MemoryStream(Response, writable: false));
}

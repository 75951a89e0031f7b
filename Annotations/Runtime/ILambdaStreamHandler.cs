using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// What every generated handler is: a stream in, a stream out. The managed runtime finds
/// <c>FunctionHandler</c> by name from the handler string; tests and tools may use this interface instead.
/// </summary>
public interface ILambdaStreamHandler
{
    Task<Stream> FunctionHandler(Stream input);

    /// <summary>
    /// The same invocation with its Lambda context, as <see cref="LambdaBootstrap"/> calls it in executable mode.
    /// Generated handlers implement it explicitly, so their only public <c>FunctionHandler</c> stays the one the
    /// managed runtime resolves by name.
    /// </summary>
    Task<Stream> FunctionHandler(Stream input, ILambdaContext context);
}

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// What every generated handler is: a stream in, a stream out. The managed runtime finds
/// <c>FunctionHandler</c> by name from the handler string; tests and tools may use this interface instead.
/// </summary>
public interface ILambdaStreamHandler
{
    Task<Stream> FunctionHandler(Stream input);
}

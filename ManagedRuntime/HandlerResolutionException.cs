namespace EventFunctions.ManagedRuntime;

/// <summary>A handler string that the managed runtime cannot resolve to a stream handler; the message says why.</summary>
public sealed class HandlerResolutionException : Exception
{
    public HandlerResolutionException()
    {
    }

    public HandlerResolutionException(string message)
        : base(message)
    {
    }

    public HandlerResolutionException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

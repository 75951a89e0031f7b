namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>The Runtime API answered a request with an error status.</summary>
public sealed class RuntimeApiException : Exception
{
    public RuntimeApiException()
    {
    }

    public RuntimeApiException(string message)
        : base(message)
    {
    }

    public RuntimeApiException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    public RuntimeApiException(string message, int statusCode)
        : base(message) => StatusCode = statusCode;

    /// <summary>The HTTP status the Runtime API answered.</summary>
    public int StatusCode { get; }

    /// <summary>A 4xx: this request was refused (unknown id, payload too large), the runtime itself may go on.</summary>
    public bool IsRequestRejected => StatusCode is >= 400 and < 500;
}

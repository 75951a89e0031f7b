namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// The authorizer vouched for a caller whose identity cannot be recorded (empty, too long, or with characters an
/// identity never has): API Gateway has authenticated the request, so this is a misconfiguration, not the client's
/// fault. The host answers 500 and logs this exception, whose message says what is wrong and never holds the value.
/// </summary>
public sealed class UnusableCallerException : Exception
{
    public UnusableCallerException()
    {
    }

    public UnusableCallerException(string message)
        : base(message)
    {
    }

    public UnusableCallerException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

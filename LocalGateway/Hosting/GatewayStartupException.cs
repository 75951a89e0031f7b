namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The gateway cannot start: a bad handler string, a function that fails its INIT, an unusable port.</summary>
internal sealed class GatewayStartupException : Exception
{
    public GatewayStartupException()
    {
    }

    public GatewayStartupException(string message)
        : base(message)
    {
    }

    public GatewayStartupException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }
}

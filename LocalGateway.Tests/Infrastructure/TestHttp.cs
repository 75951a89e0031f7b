namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>HTTP clients for the local gateway: never through a proxy, so requests stay on 127.0.0.1.</summary>
internal static class TestHttp
{
    public static HttpClient CreateClient(Uri baseAddress) =>
        new(new SocketsHttpHandler { UseProxy = false })
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
}

using System.Net.Sockets;
using System.Text;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A hand-written HTTP/1.1 request, for what HttpClient will not send (a header repeated on its own lines).</summary>
internal static class RawHttp
{
    /// <summary>Sends the request head (lines without the trailing blank line) and returns the response body.</summary>
    public static async Task<string> GetBodyAsync(Uri baseAddress, params string[] headLines)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", baseAddress.Port);
        await using var stream = tcp.GetStream();
        var head = string.Join("\r\n", headLines.Append($"Host: 127.0.0.1:{baseAddress.Port}").Append("Connection: close")) + "\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 200", response, StringComparison.Ordinal);
        return response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..];
    }
}

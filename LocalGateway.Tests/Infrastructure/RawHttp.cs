using System.Net.Sockets;
using System.Text;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A hand-written HTTP/1.1 request, for what HttpClient will not send (a header repeated on its own lines, a non-ASCII value).</summary>
internal static class RawHttp
{
    /// <summary>Sends the request head (lines without the trailing blank line) and returns the response body.</summary>
    public static async Task<string> GetBodyAsync(Uri baseAddress, params string[] headLines)
    {
        var (status, body) = await SendAsync(baseAddress, body: null, headLines);
        Assert.Equal(200, status);
        return body;
    }

    /// <summary>
    /// Sends the request head and <paramref name="body"/> (with its Content-Length), UTF-8 encoded, so that header values
    /// may hold what HttpClient refuses (non-ASCII); returns the response's status and body.
    /// </summary>
    public static async Task<(int Status, string Body)> SendAsync(Uri baseAddress, string? body, params string[] headLines)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync("127.0.0.1", baseAddress.Port);
        await using var stream = tcp.GetStream();
        var content = Encoding.UTF8.GetBytes(body ?? string.Empty);
        var lines = headLines.Append($"Host: 127.0.0.1:{baseAddress.Port}").Append("Connection: close");
        if (body is not null)
        {
            lines = lines.Append($"Content-Length: {content.Length}");
        }

        await stream.WriteAsync(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n\r\n"));
        await stream.WriteAsync(content);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync();
        Assert.StartsWith("HTTP/1.1 ", response, StringComparison.Ordinal);
        var status = int.Parse(response.AsSpan(9, 3), System.Globalization.CultureInfo.InvariantCulture);
        return (status, response[(response.IndexOf("\r\n\r\n", StringComparison.Ordinal) + 4)..]);
    }
}

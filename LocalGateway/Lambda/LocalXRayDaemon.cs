using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// A stand-in for the X-Ray daemon Lambda runs beside a traced function (<c>--xray</c>): listens for UDP on 127.0.0.1,
/// takes what the daemon protocol sends (the header <c>{"format": "json", "version": 1}</c>, a newline, one segment
/// document) and prints each document on the console as <c>[X-Ray] {...}</c>, where X-Ray would receive it. The
/// environments are told its address in <c>AWS_XRAY_DAEMON_ADDRESS</c>, as Lambda tells them its daemon's.
/// </summary>
internal sealed class LocalXRayDaemon : IAsyncDisposable
{
    /// <summary>The name the console prints its lines under.</summary>
    public const string ConsoleName = "X-Ray";

    private readonly UdpClient socket = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly CancellationTokenSource stopping = new();
    private readonly Task receiving;

    public LocalXRayDaemon(LogConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        receiving = ReceiveAsync(console);
    }

    /// <summary>The <c>AWS_XRAY_DAEMON_ADDRESS</c> value: <c>127.0.0.1:port</c>.</summary>
    public string Address => ((IPEndPoint)socket.Client.LocalEndPoint!).ToString();

    /// <summary>The segment document of a datagram in the daemon protocol, or null when it is not one.</summary>
    public static string? Document(ReadOnlySpan<byte> datagram)
    {
        var newline = datagram.IndexOf((byte)'\n');
        if (newline < 0 || !IsHeader(datagram[..newline]))
        {
            return null;
        }

        var document = datagram[(newline + 1)..];
        try
        {
            using var parsed = JsonDocument.Parse(document.ToArray());
            return parsed.RootElement.ValueKind == JsonValueKind.Object ? Encoding.UTF8.GetString(document).Trim() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        socket.Dispose();
        try
        {
            await receiving;
        }
        catch (OperationCanceledException)
        {
        }

        stopping.Dispose();
    }

    private static bool IsHeader(ReadOnlySpan<byte> line)
    {
        try
        {
            using var header = JsonDocument.Parse(line.ToArray());
            return header.RootElement.ValueKind == JsonValueKind.Object
                && header.RootElement.TryGetProperty("format", out var format) && format.ValueEquals("json")
                && header.RootElement.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number
                && version.GetRawText() == "1";
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async Task ReceiveAsync(LogConsole console)
    {
        while (!stopping.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await socket.ReceiveAsync(stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            console.Write(ConsoleName, Document(datagram.Buffer) ?? "dropped a datagram that is not the daemon protocol's header and one segment document");
        }
    }
}

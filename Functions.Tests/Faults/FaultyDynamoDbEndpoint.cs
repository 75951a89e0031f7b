using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EventFunctions.Tests.Faults;

/// <summary>How the endpoint misbehaves.</summary>
public enum DynamoDbFault
{
    /// <summary>Answers 400 ProvisionedThroughputExceededException, as DynamoDB does when throttling.</summary>
    Throttle,

    /// <summary>Answers 500 InternalServerError.</summary>
    ServerError,

    /// <summary>Answers 503 ServiceUnavailable.</summary>
    Unavailable,

    /// <summary>Accepts the connection and never answers.</summary>
    Hang,

    /// <summary>Accepts the connection and closes it without a response.</summary>
    Reset,
}

/// <summary>
/// A DynamoDB endpoint on 127.0.0.1 that fails every request the chosen way, and counts them.
/// A small raw-HTTP server, so a hang or a reset is real at the socket level.
/// </summary>
public sealed class FaultyDynamoDbEndpoint : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly List<TcpClient> held = [];
    private readonly Task accepting;
    private int requests;

    public FaultyDynamoDbEndpoint(DynamoDbFault fault)
    {
        Fault = fault;
        listener.Start();
        accepting = AcceptAsync();
    }

    public DynamoDbFault Fault { get; }

    public Uri Url => new($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");

    /// <summary>Requests (connections) the client made, retries included.</summary>
    public int Requests => Volatile.Read(ref requests);

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        lock (held)
        {
            held.ForEach(client => client.Dispose());
        }

        try
        {
            await accepting;
        }
        catch (OperationCanceledException)
        {
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            _ = AnswerAsync(client);
        }
    }

    private async Task AnswerAsync(TcpClient client)
    {
        lock (held)
        {
            held.Add(client);
        }

        try
        {
            var stream = client.GetStream();
            var buffer = new byte[64 * 1024];
            var read = 0;
            while (!Encoding.ASCII.GetString(buffer, 0, read).Contains("\r\n\r\n", StringComparison.Ordinal) && read < buffer.Length)
            {
                var n = await stream.ReadAsync(buffer.AsMemory(read), stop.Token);
                if (n == 0)
                {
                    return;
                }

                read += n;
            }

            Interlocked.Increment(ref requests);
            switch (Fault)
            {
                case DynamoDbFault.Hang:
                    await Task.Delay(Timeout.Infinite, stop.Token);
                    break;
                case DynamoDbFault.Reset:
                    client.Client.LingerState = new LingerOption(true, 0);
                    client.Dispose();
                    break;
                default:
                    await stream.WriteAsync(Response(Fault), stop.Token);
                    break;
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
        {
        }
    }

    private static byte[] Response(DynamoDbFault fault)
    {
        var (status, reason, type) = fault switch
        {
            DynamoDbFault.Throttle => (400, "Bad Request", "ProvisionedThroughputExceededException"),
            DynamoDbFault.ServerError => (500, "Internal Server Error", "InternalServerError"),
            _ => (503, "Service Unavailable", "ServiceUnavailable"),
        };
        var body = $$"""{"__type":"com.amazonaws.dynamodb.v20120810#{{type}}","message":"injected {{type}}"}""";
        return Encoding.ASCII.GetBytes(
            $"HTTP/1.1 {status} {reason}\r\nContent-Type: application/x-amz-json-1.0\r\nx-amzn-RequestId: injected\r\n"
            + $"Content-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}");
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using EventFunctions.Annotations.Runtime;

namespace EventFunctions.Annotations.Observability;

/// <summary>
/// Sends subsegments to the X-Ray daemon over UDP, as the X-Ray SDK does: one datagram per subsegment, the header
/// <c>{"format": "json", "version": 1}</c>, a newline, and the subsegment document. Lambda runs the daemon and names it
/// in <c>AWS_XRAY_DAEMON_ADDRESS</c> (<c>169.254.79.129:2000</c>). Sending never fails the function: an error is
/// dropped, as a lost datagram would be.
/// </summary>
public sealed class XRayDaemon : IDisposable
{
    public const string AddressVariable = "AWS_XRAY_DAEMON_ADDRESS";

    private static readonly byte[] Header = """{"format": "json", "version": 1}"""u8.ToArray();

    private readonly IPEndPoint endpoint;
    private readonly string? region;
    private readonly Lazy<Socket> socket;

    public XRayDaemon(IPEndPoint endpoint, string? region)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        this.endpoint = endpoint;
        this.region = region;
        socket = new(() => new Socket(endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp));
    }

    /// <summary>The daemon Lambda names, or null when the environment names none (tracing off, or not on Lambda).</summary>
    public static XRayDaemon? Configured => Process.Daemon;

    /// <summary>
    /// The UDP endpoint of an <c>AWS_XRAY_DAEMON_ADDRESS</c> value: <c>host:port</c>, or the <c>udp:host:port</c> of a
    /// <c>tcp:… udp:…</c> pair. Only an IP address is taken: resolving a name would put DNS on the function's path.
    /// </summary>
    public static IPEndPoint? ParseAddress(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var address = value.Trim();
        if (address.Contains(' ', StringComparison.Ordinal))
        {
            address = address.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .FirstOrDefault(part => part.StartsWith("udp:", StringComparison.OrdinalIgnoreCase)) ?? string.Empty;
        }

        if (address.StartsWith("udp:", StringComparison.OrdinalIgnoreCase))
        {
            address = address["udp:".Length..];
        }

        return IPEndPoint.TryParse(address, out var endpoint) && endpoint.Port != 0 ? endpoint : null;
    }

    public void Send(AwsServiceCall call, XRayTraceHeader trace)
    {
        ArgumentNullException.ThrowIfNull(call);
        ReusableJsonWriter.Write(new Subsegment(call, trace, region), WriteSubsegment, SendDatagram);
    }

    public void Dispose()
    {
        if (socket.IsValueCreated)
        {
            socket.Value.Dispose();
        }
    }

    /// <summary>Writes the subsegment document the daemon forwards to X-Ray.</summary>
    public static void WriteSubsegment(Utf8JsonWriter json, Subsegment subsegment)
    {
        ArgumentNullException.ThrowIfNull(json);
        var call = subsegment.Call;
        Span<byte> id = stackalloc byte[8];
        Random.Shared.NextBytes(id);
        json.WriteStartObject();
        json.WriteString("name"u8, call.Service);
        json.WriteString("id"u8, Convert.ToHexStringLower(id));
        json.WriteString("trace_id"u8, subsegment.Trace.Root);
        json.WriteString("parent_id"u8, subsegment.Trace.Parent);
        json.WriteString("type"u8, "subsegment"u8);
        json.WriteNumber("start_time"u8, EpochSeconds(call.Start));
        json.WriteNumber("end_time"u8, EpochSeconds(call.Start + call.Duration));
        json.WriteString("namespace"u8, "aws"u8);
        switch (call.Outcome)
        {
            case AwsCallOutcome.Error:
                json.WriteBoolean("error"u8, true);
                break;
            case AwsCallOutcome.Throttled:
                json.WriteBoolean("error"u8, true);
                json.WriteBoolean("throttle"u8, true);
                break;
            case AwsCallOutcome.Fault:
                json.WriteBoolean("fault"u8, true);
                break;
        }

        json.WriteStartObject("aws"u8);
        json.WriteString("operation"u8, call.Operation);
        if (subsegment.Region is not null)
        {
            json.WriteString("region"u8, subsegment.Region);
        }

        if (call.TableName is not null)
        {
            json.WriteString("table_name"u8, call.TableName);
        }

        if (call.RequestId is not null)
        {
            json.WriteString("request_id"u8, call.RequestId);
        }

        json.WriteEndObject();
        if (call.HttpStatus is { } status)
        {
            json.WriteStartObject("http"u8);
            json.WriteStartObject("response"u8);
            json.WriteNumber("status"u8, status);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>Seconds since the epoch with microseconds, the form X-Ray's times take.</summary>
    private static double EpochSeconds(DateTimeOffset time) =>
        Math.Round((time.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / (double)TimeSpan.TicksPerSecond, 6);

    private bool SendDatagram(ReadOnlySpan<byte> document)
    {
        var length = Header.Length + 1 + document.Length;
        var datagram = System.Buffers.ArrayPool<byte>.Shared.Rent(length);
        try
        {
            Header.CopyTo(datagram, 0);
            datagram[Header.Length] = (byte)'\n';
            document.CopyTo(datagram.AsSpan(Header.Length + 1));
            socket.Value.SendTo(datagram.AsSpan(0, length), SocketFlags.None, endpoint);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(datagram);
        }
    }

    /// <summary>A subsegment to write: the call, the trace it belongs to, and the region it ran in.</summary>
    public readonly record struct Subsegment(AwsServiceCall Call, XRayTraceHeader Trace, string? Region);

    /// <summary>Read once per process.</summary>
    private static class Process
    {
        public static readonly XRayDaemon? Daemon = ParseAddress(Environment.GetEnvironmentVariable(AddressVariable)) is { } endpoint
            ? new XRayDaemon(endpoint, Environment.GetEnvironmentVariable("AWS_REGION"))
            : null;
    }
}

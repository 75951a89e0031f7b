using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.Observability;

namespace EventFunctions.Annotations.Tests.Observability;

[Trait("Category", "Unit")]
public sealed class XRayDaemonTests : IDisposable
{
    private const string SampledHeader = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";

    private static readonly string[] Flags = ["error", "throttle", "fault"];

    private static readonly DateTimeOffset Start = new(2026, 12, 1, 12, 8, 10, 7, TimeSpan.Zero);

    private readonly UdpClient listener = new(new IPEndPoint(IPAddress.Loopback, 0));
    private readonly XRayDaemon daemon;

    public XRayDaemonTests()
    {
        daemon = new XRayDaemon((IPEndPoint)listener.Client.LocalEndPoint!, "eu-west-1");
    }

    [Theory]
    [InlineData("169.254.79.129:2000", "169.254.79.129:2000")]
    [InlineData("tcp:127.0.0.1:2000 udp:127.0.0.1:2001", "127.0.0.1:2001")]
    [InlineData("udp:127.0.0.1:2002", "127.0.0.1:2002")]
    public void Address_IsTheUdpEndpoint(string value, string endpoint)
    {
        Assert.Equal(IPEndPoint.Parse(endpoint), XRayDaemon.ParseAddress(value));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("localhost:2000")]
    [InlineData("127.0.0.1")]
    [InlineData("tcp:127.0.0.1:2000")]
    public void AddressThatIsNoIpEndpoint_SendsNothing(string? value)
    {
        Assert.Null(XRayDaemon.ParseAddress(value));
    }

    [Fact]
    public async Task Datagram_IsTheDaemonHeaderThenTheSubsegment()
    {
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(AwsCallOutcome.Succeeded));

        var (header, _) = await ReceiveAsync();

        Assert.Equal("""{"format": "json", "version": 1}""", header);
    }

    [Fact]
    public async Task Subsegment_BelongsToTheFunctionsSegmentAndNamesTheCall()
    {
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(AwsCallOutcome.Succeeded));

        var (_, subsegment) = await ReceiveAsync();
        var root = subsegment.RootElement;

        Assert.Equal(
            ("DynamoDB", "subsegment", "aws", "1-5759e988-bd862e3fe1be46a994272793", "53995c3f42cd8ad8"),
            (root.GetProperty("name").GetString(), root.GetProperty("type").GetString(), root.GetProperty("namespace").GetString(),
             root.GetProperty("trace_id").GetString(), root.GetProperty("parent_id").GetString()));
        Assert.Matches("^[0-9a-f]{16}$", root.GetProperty("id").GetString());
        Assert.Equal(
            ("GetItem", "eu-west-1", "events"),
            (root.GetProperty("aws").GetProperty("operation").GetString(), root.GetProperty("aws").GetProperty("region").GetString(),
             root.GetProperty("aws").GetProperty("table_name").GetString()));
    }

    [Fact]
    public async Task Subsegment_TimesAreEpochSecondsOfTheCall()
    {
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(AwsCallOutcome.Succeeded));

        var (_, subsegment) = await ReceiveAsync();

        var start = subsegment.RootElement.GetProperty("start_time").GetDouble();
        Assert.Equal(Start.ToUnixTimeMilliseconds() / 1000.0, start, 6);
        Assert.Equal(0.0042, subsegment.RootElement.GetProperty("end_time").GetDouble() - start, 6);
    }

    [Fact]
    public async Task AnsweredCall_CarriesTheServicesRequestIdAndStatus()
    {
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(AwsCallOutcome.Error) with { RequestId = "QJ8R0", HttpStatus = 400 });

        var (_, subsegment) = await ReceiveAsync();

        Assert.Equal(
            ("QJ8R0", 400),
            (subsegment.RootElement.GetProperty("aws").GetProperty("request_id").GetString(),
             subsegment.RootElement.GetProperty("http").GetProperty("response").GetProperty("status").GetInt32()));
    }

    [Theory]
    [InlineData(AwsCallOutcome.Succeeded, "")]
    [InlineData(AwsCallOutcome.Error, "error")]
    [InlineData(AwsCallOutcome.Throttled, "error,throttle")]
    [InlineData(AwsCallOutcome.Fault, "fault")]
    public async Task Outcome_SetsXRaysFlags(AwsCallOutcome outcome, string flags)
    {
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(outcome));

        var (_, subsegment) = await ReceiveAsync();

        var set = Flags.Where(flag => subsegment.RootElement.TryGetProperty(flag, out var value) && value.GetBoolean());
        Assert.Equal(flags, string.Join(',', set));
    }

    [Theory]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=0")]
    [InlineData("Root=1-5759e988-bd862e3fe1be46a994272793;Sampled=1")]
    [InlineData(null)]
    public async Task UnsampledOrParentlessInvocation_SendsNothing(string? header)
    {
        new InvocationTelemetry(header, daemon).RecordAwsCall(Call(AwsCallOutcome.Succeeded));
        new InvocationTelemetry(SampledHeader, daemon).RecordAwsCall(Call(AwsCallOutcome.Fault));

        // The sampled call's datagram is the first to arrive: the other sent none.
        var (_, subsegment) = await ReceiveAsync();
        Assert.True(subsegment.RootElement.GetProperty("fault").GetBoolean());
    }

    public void Dispose()
    {
        daemon.Dispose();
        listener.Dispose();
    }

    private static AwsServiceCall Call(AwsCallOutcome outcome) =>
        new("DynamoDB", "GetItem", "events", Start, TimeSpan.FromMilliseconds(4.2), outcome);

    private async Task<(string Header, JsonDocument Subsegment)> ReceiveAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        var datagram = await listener.ReceiveAsync(timeout.Token);
        var text = Encoding.UTF8.GetString(datagram.Buffer);
        var newline = text.IndexOf('\n', StringComparison.Ordinal);
        return (text[..newline], JsonDocument.Parse(text[(newline + 1)..]));
    }
}

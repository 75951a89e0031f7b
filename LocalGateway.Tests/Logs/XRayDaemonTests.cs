using System.Net.Http.Json;
using System.Text;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Logs;

/// <summary>The daemon protocol as the local X-Ray daemon reads it.</summary>
[Trait("Category", "Unit")]
public sealed class XRayDatagramTests
{
    [Fact]
    public void HeaderThenDocument_IsTheDocument()
    {
        Assert.Equal("""{"name":"DynamoDB"}""", LocalXRayDaemon.Document(Bytes("{\"format\": \"json\", \"version\": 1}\n{\"name\":\"DynamoDB\"}")));
    }

    [Theory]
    [InlineData("{\"name\":\"DynamoDB\"}")]
    [InlineData("{\"format\": \"json\", \"version\": 2}\n{\"name\":\"DynamoDB\"}")]
    [InlineData("{\"format\": \"xml\", \"version\": 1}\n{\"name\":\"DynamoDB\"}")]
    [InlineData("{\"format\": \"json\", \"version\": 1}\n[1,2]")]
    [InlineData("{\"format\": \"json\", \"version\": 1}\n{\"name\":")]
    [InlineData("not json\n{}")]
    public void AnythingElse_IsNoDocument(string datagram)
    {
        Assert.Null(LocalXRayDaemon.Document(Bytes(datagram)));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}

/// <summary>
/// With <c>--xray</c>, a function's DynamoDB requests arrive at the local daemon as subsegments of the invocation's trace,
/// named as the X-Ray SDK names them: the same in executable mode and in the Native AOT bootstrap.
/// </summary>
public abstract class XRayDaemonTests(XRayGatewayFixture fixture)
{
    [Fact]
    public void Get_SendsAGetItemSubsegmentOfTheEventsTableInTheRecordsTrace()
    {
        var record = fixture.Lines("GetEvent").Single(l => l.IsInvocationRecord);
        var subsegment = fixture.Subsegments.Single(s => s.Json!.Value.GetProperty("aws").GetProperty("operation").GetString() == "GetItem");

        Assert.Equal(
            ("DynamoDB", "aws", XRayGatewayFixture.Table, record.String("xray_trace_id")),
            (subsegment.String("name"), subsegment.String("namespace"),
             subsegment.Json!.Value.GetProperty("aws").GetProperty("table_name").GetString(), subsegment.String("trace_id")));
    }

    [Fact]
    public void Create_SendsAPutItemSubsegment()
    {
        Assert.Contains(fixture.Subsegments, s => s.Json!.Value.GetProperty("aws").GetProperty("operation").GetString() == "PutItem");
    }

    [Fact]
    public void Banner_NamesTheDaemon()
    {
        var banner = new StringWriter();

        GatewayBanner.Write(banner, fixture.Gateway);

        Assert.Contains($"a local daemon on {fixture.Gateway.XRayDaemonAddress}", banner.ToString(), StringComparison.Ordinal);
    }
}

public sealed class ExecutableXRayDaemonTests(ExecutableXRayGatewayFixture fixture)
    : XRayDaemonTests(fixture), IClassFixture<ExecutableXRayGatewayFixture>;

public sealed class AotXRayDaemonTests(AotXRayGatewayFixture fixture)
    : XRayDaemonTests(fixture), IClassFixture<AotXRayGatewayFixture>;

/// <summary>The real functions with <c>--xray</c>; once listening it creates an event and reads it back.</summary>
public abstract class XRayGatewayFixture : GatewayFixture
{
    public const string Table = "xray-view";

    private string printed = string.Empty;

    private protected XRayGatewayFixture(RuntimeMode mode) => Mode = mode;

    internal RuntimeMode Mode { get; }

    internal IReadOnlyList<LogLine> Subsegments => LogLine.Printed(printed, LocalXRayDaemon.ConsoleName);

    internal IReadOnlyList<LogLine> Lines(string function) => LogLine.Printed(printed, function);

    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = Table, Mode = Mode, XRay = true });

    protected override async Task OnStartedAsync()
    {
        var created = TestEvents.NewEvent(TestEvents.UniqueId());
        using (var create = await Client.PostAsJsonAsync("/events", created))
        {
            create.EnsureSuccessStatusCode();
        }

        using (var get = await Client.GetAsync($"/events/{created["eventId"]}"))
        {
            get.EnsureSuccessStatusCode();
        }

        await Eventually.TrueAsync(
            () => LogLine.Printed(printed = PrintedLog.Text, LocalXRayDaemon.ConsoleName).Count >= 2, "both requests' subsegments arrived");
    }
}

public sealed class ExecutableXRayGatewayFixture() : XRayGatewayFixture(RuntimeMode.Executable);

public sealed class AotXRayGatewayFixture() : XRayGatewayFixture(RuntimeMode.Aot);

using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>Lambda's own lines from the same facts, as CloudWatch holds them in each log format.</summary>
[Trait("Category", "Unit")]
public sealed class ReportLinesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 1, 12, 8, 10, 7, TimeSpan.Zero);

    private static readonly InvocationStart Start = new("req-1", "arn:aws:lambda:us-east-1:123456789012:function:GetEvent", "$LATEST");

    private static readonly InvocationReport Cold = new("req-1", TimeSpan.FromMilliseconds(61.2049), 512, 64, TimeSpan.FromMilliseconds(260.3101), null, null);

    [Fact]
    public void Json_Start_IsAPlatformStartEvent()
    {
        Assert.Equal(
            """{"time":"2026-12-01T12:08:10.007Z","type":"platform.start","record":{"requestId":"req-1","functionArn":"arn:aws:lambda:us-east-1:123456789012:function:GetEvent","version":"$LATEST"}}""",
            ReportLines.For(LogFormat.Json).Start(At, Start));
    }

    [Fact]
    public void Json_ColdReport_IsAPlatformReportEventWithInitDurationAndBilledInit()
    {
        Assert.Equal(
            """{"time":"2026-12-01T12:08:10.007Z","type":"platform.report","record":{"requestId":"req-1","metrics":{"durationMs":61.205,"billedDurationMs":322,"memorySizeMB":512,"maxMemoryUsedMB":64,"initDurationMs":260.31},"status":"success"}}""",
            ReportLines.For(LogFormat.Json).Report(At, Cold));
    }

    [Fact]
    public void Json_TimedOutReport_CarriesStatusTimeout()
    {
        var line = ReportLines.For(LogFormat.Json).Report(At, Cold with { InitDuration = null, Status = "timeout" });

        Assert.EndsWith("""},"status":"timeout"}}""", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_FailedReport_CarriesStatusAndErrorType()
    {
        var line = ReportLines.For(LogFormat.Json).Report(At, Cold with { Status = "error", ErrorType = "Runtime.ExitError" });

        Assert.EndsWith("""},"status":"error","errorType":"Runtime.ExitError"}}""", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_HasNoEndLineAndNoTimeoutNotice()
    {
        var lines = ReportLines.For(LogFormat.Json);

        Assert.Equal((null, null), (lines.End(At, "req-1"), lines.TimedOut(At, "req-1", TimeSpan.FromSeconds(10))));
    }

    [Fact]
    public void Text_ColdReport_IsTheTabSeparatedReportLine()
    {
        Assert.Equal(
            "REPORT RequestId: req-1\tDuration: 61.20 ms\tBilled Duration: 322 ms\tMemory Size: 512 MB\tMax Memory Used: 64 MB\tInit Duration: 260.31 ms\t",
            ReportLines.For(LogFormat.Text).Report(At, Cold));
    }

    [Fact]
    public void Text_TimedOut_IsTheTimestampedNotice()
    {
        Assert.Equal(
            "2026-12-01T12:08:10.007Z req-1 Task timed out after 10.00 seconds",
            ReportLines.For(LogFormat.Text).TimedOut(At, "req-1", TimeSpan.FromSeconds(10)));
    }
}

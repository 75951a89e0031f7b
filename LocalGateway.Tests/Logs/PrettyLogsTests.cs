using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Logs;

/// <summary><c>--pretty-logs</c> indents JSON lines on the console only; the Tail keeps one line per event.</summary>
[Collection(ErrorLevelPrettyCollectionDefinition.Name)]
public sealed class PrettyLogsTests(ErrorLevelPrettyFixture fixture)
{
    [Fact]
    public async Task PrettyLogs_Console_PrintsEachJsonEventIndentedUnderTheFunctionsPrefix()
    {
        var invocation = await Invocation.SendAsync(fixture.Client, "ListEvents", File.ReadAllText(Samples.PathOf("list-events.json")));

        Assert.Contains($"[ListEvents]     \"requestId\": \"{invocation.RequestId}\",", fixture.PrintedLog.Text, StringComparison.Ordinal);
        Assert.Contains("[ListEvents]   \"type\": \"platform.start\",", fixture.PrintedLog.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrettyLogs_Tail_StaysOneJsonObjectPerLine()
    {
        var invocation = await Invocation.SendAsync(fixture.Client, "ListEvents", File.ReadAllText(Samples.PathOf("list-events.json")), tail: true);

        var lines = LogLine.OfTail(invocation.LogTail!);
        // At ERROR the 200's record is not written; its metrics line is, whatever the level.
        Assert.Equal(["platform.start", "metrics", "platform.report"], lines.Select(l => l.IsMetrics ? "metrics" : l.PlatformType));
    }
}

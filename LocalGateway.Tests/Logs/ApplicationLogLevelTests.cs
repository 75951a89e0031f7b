using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Logs;

/// <summary><c>--log-level ERROR</c> reaches the functions as Lambda's application log level: INFO records are dropped, ERROR ones kept.</summary>
[Collection(ErrorLevelPrettyCollectionDefinition.Name)]
public sealed class ApplicationLogLevelTests(ErrorLevelPrettyFixture fixture)
{
    [Fact]
    public async Task LevelError_A200_WritesNoRecord()
    {
        var invocation = await Invocation.SendAsync(fixture.Client, "ListEvents", File.ReadAllText(Samples.PathOf("list-events.json")), tail: true);

        Assert.Equal(200, invocation.Json.GetProperty("statusCode").GetInt32());
        Assert.DoesNotContain(LogLine.OfTail(invocation.LogTail!), l => l.IsInvocationRecord);
    }

    [Fact]
    public async Task LevelError_A5xx_WritesItsErrorRecord()
    {
        var invocation = await Invocation.SendAsync(fixture.Client, "GetEvent", File.ReadAllText(Samples.PathOf("get-event.json")), tail: true);

        var record = LogLine.OfTail(invocation.LogTail!).Single(l => l.IsInvocationRecord);
        Assert.Equal(
            (503, "ERROR", 503),
            (invocation.Json.GetProperty("statusCode").GetInt32(), record.String("level"), record.Json!.Value.GetProperty("status").GetInt32()));
    }
}

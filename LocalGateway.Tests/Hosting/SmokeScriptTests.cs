using System.Diagnostics;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Hosting;

/// <summary><c>scripts/smoke.sh</c>, the after-deploy check, run against the gateway on the Native AOT bootstrap.</summary>
[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class SmokeScriptTests(AotEventsApiFixture api)
{
    [Fact]
    public async Task Smoke_AgainstTheApi_PassesEveryFlow()
    {
        var result = await RunAsync(api.BaseAddress.ToString());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.EndsWith("smoke: 12 passed, 0 failed", result.Stdout.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Smoke_AgainstAPathWithNoApi_FailsEveryFlowAndExits1()
    {
        var result = await RunAsync(new Uri(api.BaseAddress, "/no-api-here").ToString());

        Assert.Equal(1, result.ExitCode);
        Assert.EndsWith("smoke: 0 passed, 11 failed", result.Stdout.TrimEnd(), StringComparison.Ordinal);
    }

    private static Task<ProcessResult> RunAsync(string baseUrl)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = RepositoryRoot.Find() };
        start.ArgumentList.Add("scripts/smoke.sh");
        start.ArgumentList.Add(baseUrl);
        return ChildProcess.RunAsync(start, TimeSpan.FromMinutes(2));
    }
}

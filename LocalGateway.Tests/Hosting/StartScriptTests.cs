using System.Diagnostics;
using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Hosting;

/// <summary>The README's run command, tried as a new user would: start it, use it, stop it with a signal.</summary>
[Collection(StartScriptCollectionDefinition.Name)]
public sealed class StartScriptTests
{
    // Generous: on a machine where the solution is not built yet, start.sh builds it first.
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(5);

    [Theory]
    [InlineData("INT")]
    [InlineData("TERM")]
    public async Task StartScript_Signal_ServesTheApiThenStopsWithItsDynaliteAndEnvironments(string signal)
    {
        // A shell that starts jobs in the background ignores SIGINT for them, and that is inherited; a terminal's
        // Ctrl+C finds it at its default, so env --default-signal restores that whoever runs the tests.
        using var script = StartScript.Start(RepositoryRoot.Find(), signal, "--port", "0");
        var baseAddress = await script.WaitForApiBaseAsync(StartTimeout);
        using (var client = TestHttp.CreateClient(baseAddress))
        {
            using var events = await client.GetAsync("/events");
            using var docs = await client.GetAsync("/docs");

            Assert.Equal(HttpStatusCode.OK, events.StatusCode);
            Assert.Equal("[]", await events.Content.ReadAsStringAsync());
            Assert.Equal("*", Assert.Single(events.Headers.GetValues("Access-Control-Allow-Origin")));
            Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        }

        var children = script.Descendants();
        Assert.Contains(children, child => child.CommandLine.Contains("dynalite/cli.js", StringComparison.Ordinal));
        Assert.Contains(children, child => child.CommandLine.EndsWith("/EventFunctions.dll", StringComparison.Ordinal));

        await SendSignalAsync(script.Pid, signal);
        var exitCode = await script.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == 0, $"exit code {exitCode}{Environment.NewLine}{script.Output}");
        await AssertExitedAsync(children);
    }

    [Fact]
    public async Task StartScript_KilledWithSigkill_LeavesNoDynaliteOrEnvironmentRunning()
    {
        using var script = StartScript.Start(RepositoryRoot.Find(), "INT", "--port", "0");
        var baseAddress = await script.WaitForApiBaseAsync(StartTimeout);
        using (var client = TestHttp.CreateClient(baseAddress))
        {
            using var events = await client.GetAsync("/events");
            Assert.Equal(HttpStatusCode.OK, events.StatusCode);
        }

        var children = script.Descendants();
        Assert.Contains(children, child => child.CommandLine.EndsWith("/EventFunctions.dll", StringComparison.Ordinal));

        // No chance to clean up: dynalite sees its stdin end, each runtime sees its Runtime API go.
        await SendSignalAsync(script.Pid, "KILL");
        await script.WaitForExitAsync(TimeSpan.FromSeconds(30));

        await AssertExitedAsync(children);
    }

    private static async Task SendSignalAsync(int pid, string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", pid.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        Assert.Equal(0, kill.ExitCode);
    }

    private static async Task AssertExitedAsync(IReadOnlyList<ProcessIdentity> processes)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (processes.Any(p => p.IsAlive) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.Empty(processes.Where(p => p.IsAlive).Select(p => $"{p.Pid}: {p.CommandLine}"));
    }
}

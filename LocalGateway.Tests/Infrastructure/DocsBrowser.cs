using System.Diagnostics;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// <c>OpenApi/docs-browser.mjs</c>: headless Chromium through npm playwright-core, on a page of a running gateway.
/// Its report: what the page showed, and what went wrong, was blocked or left the gateway's origin.
/// </summary>
internal static class DocsBrowser
{
    public static async Task<JsonElement> RunAsync(string command, Uri gateway)
    {
        var root = RepositoryRoot.Find();
        var start = new ProcessStartInfo("node") { WorkingDirectory = root };
        start.ArgumentList.Add(Path.Combine(root, "LocalGateway.Tests", "OpenApi", "docs-browser.mjs"));
        start.ArgumentList.Add(command);
        start.ArgumentList.Add(gateway.ToString().TrimEnd('/'));
        start.Environment["CHROMIUM_PATH"] = ChromiumFactAttribute.ChromiumPath;
        var result = await ChildProcess.RunAsync(start, TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, result.ToString());
        var report = JsonDocument.Parse(result.Stdout).RootElement;
        Assert.False(report.TryGetProperty("error", out var error), $"{command}: {error}\n{result}");
        return report;
    }

    public static IReadOnlyList<string> Strings(JsonElement report, string name) =>
        [.. report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}

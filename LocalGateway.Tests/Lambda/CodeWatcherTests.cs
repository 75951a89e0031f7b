using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>
/// Watch mode over a copy of the test functions' build output, with a "build" that copies a version file from the
/// watched folder into it: a source change deploys a new code version to new environments, while an invocation in
/// flight finishes on the old one.
/// </summary>
public sealed class CodeWatcherTests : IDisposable
{
    private readonly string sources = Directory.CreateTempSubdirectory("watch-src-").FullName;
    private readonly string output = Directory.CreateTempSubdirectory("watch-out-").FullName;

    public CodeWatcherTests()
    {
        CopyFolder(TestManifests.Folder, output);
        File.WriteAllText(Path.Combine(sources, "version.txt"), "v1");
        File.WriteAllText(Path.Combine(output, "version.txt"), "v1");
    }

    [Fact]
    public async Task SourceChange_NewEnvironmentsRunTheRebuiltCode_InFlightOnesFinishOnTheOld()
    {
        await using var gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, configure: options => options with
        {
            FunctionsFolder = output,
            Watch = new WatchOptions([sources], ["/bin/sh", "-c", "cp \"$0/version.txt\" \"$1/version.txt\"", sources, output]),
        });
        var before = await Invocation.SendAsync(gateway.Client, "Environment");
        var inFlight = Invocation.SendAsync(gateway.Client, "Environment", """{"sleepMs":3000}""");

        await File.WriteAllTextAsync(Path.Combine(sources, "version.txt"), "v2");
        var after = await InvokeUntilVersionAsync(gateway, "v2");

        var old = await inFlight;
        Assert.Equal("v1", before.Json.GetProperty("codeVersion").GetString());
        Assert.Equal("v1", old.Json.GetProperty("codeVersion").GetString());
        Assert.NotEqual(old.Json.GetProperty("pid").GetInt32(), after.Json.GetProperty("pid").GetInt32());
        Assert.Contains("[watch] deployed code v2", gateway.Log.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FailedBuild_KeepsServingTheRunningCode()
    {
        await using var gateway = await GatewayHandle.StartAsync(RuntimeMode.Executable, configure: options => options with
        {
            FunctionsFolder = output,
            Watch = new WatchOptions([sources], ["/bin/sh", "-c", "echo 'error CS1002: ; expected' >&2; exit 1"]),
        });

        await File.WriteAllTextAsync(Path.Combine(sources, "version.txt"), "v2");
        await Eventually.TrueAsync(
            () => gateway.Log.Text.Contains("[watch] build failed (exit 1); still serving code v1", StringComparison.Ordinal), "the failed build was reported");
        var invocation = await Invocation.SendAsync(gateway.Client, "Environment");

        Assert.Equal("v1", invocation.Json.GetProperty("codeVersion").GetString());
        Assert.Contains("[watch] error CS1002: ; expected", gateway.Log.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/repo/Functions/bin/Release/net10.0/EventFunctions.dll", true)]
    [InlineData("/repo/Functions/obj/project.assets.json", true)]
    [InlineData("/repo/Functions/Functions.cs", false)]
    [InlineData("/repo/Functions/Binary/Thing.cs", false)]
    public void IsBuildArtifact_OnlyBinAndObjFolders(string path, bool expected) =>
        Assert.Equal(expected, CodeWatcher.IsBuildArtifact(path));

    public void Dispose()
    {
        Directory.Delete(sources, recursive: true);
        Directory.Delete(output, recursive: true);
    }

    private static async Task<Invocation> InvokeUntilVersionAsync(GatewayHandle gateway, string version)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var invocation = await Invocation.SendAsync(gateway.Client, "Environment");
            if (invocation.Json.GetProperty("codeVersion").GetString() == version)
            {
                return invocation;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No environment ran code {version}. Log:\n{gateway.Log.Text}");
    }


    private static void CopyFolder(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var destination = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
    }
}

using System.Diagnostics;

namespace EventFunctions.Cdk;

/// <summary>Publishes the Functions project into the folder the stack deploys as every function's code.</summary>
internal static class FunctionsPackage
{
    /// <summary>
    /// The <c>dotnet publish</c> arguments: ReadyToRun for x86_64 (it cuts JIT time from every cold start);
    /// portable IL for arm64, because this machine's NuGet mirror has no arm64 runtime packs to compile against.
    /// ContinuousIntegrationBuild maps source paths to <c>/_/</c>, so the output (and the asset hash, and so every
    /// function's version) is the same from any clone: otherwise a deploy from another folder updates every function.
    /// NuGetAudit is off because synth must work offline, where fetching vulnerability data fails the restore
    /// (NU1900 as an error); the regular build and tests still audit.
    /// </summary>
    public static IReadOnlyList<string> PublishArguments(string project, string output, FunctionArchitecture architecture) =>
        architecture == FunctionArchitecture.X86_64
            ? ["publish", project, "-c", "Release", "-r", "linux-x64", "--no-self-contained", "-p:PublishReadyToRun=true", .. Common(output)]
            : ["publish", project, "-c", "Release", "--no-self-contained", .. Common(output)];

    private static string[] Common(string output) =>
        ["-p:ContinuousIntegrationBuild=true", "-p:NuGetAudit=false", "-o", output, "--nologo"];

    /// <summary>Runs <c>dotnet publish</c> into a clean folder and returns that folder.</summary>
    /// <exception cref="InvalidOperationException">The publish failed.</exception>
    public static string Publish(RepositoryLayout layout, FunctionArchitecture architecture)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var output = layout.PublishFolder(architecture);
        if (Directory.Exists(output))
        {
            // A stale file left by an earlier publish would otherwise ship (and change the asset hash).
            Directory.Delete(output, recursive: true);
        }

        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = layout.Root };
        foreach (var argument in PublishArguments(layout.FunctionsProject, output, architecture))
        {
            start.ArgumentList.Add(argument);
        }

        Console.Error.WriteLine($"Publishing the functions ({architecture}) to {output}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish exited with {process.ExitCode}; see its output above.");
        }

        return output;
    }
}

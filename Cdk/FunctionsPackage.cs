using System.Diagnostics;

namespace EventFunctions.Cdk;

/// <summary>Publishes the Functions project into the folder the stack deploys as every function's code.</summary>
internal static class FunctionsPackage
{
    /// <summary>
    /// The command that publishes the functions. AOT: <c>scripts/publish-aot.sh</c>, one native <c>bootstrap</c> for all five.
    /// Managed: <c>dotnet publish</c> with ReadyToRun for the architecture's RID (it cuts JIT time from every cold start;
    /// both runtime packs are served here). ContinuousIntegrationBuild maps source paths to <c>/_/</c>, so the output (and
    /// the asset hash, and so every function's version) is the same from any clone: otherwise a deploy from another folder
    /// updates every function. NuGetAudit is off because synth must work offline, where fetching vulnerability data fails
    /// the restore (NU1900 as an error); the regular build and tests still audit.
    /// </summary>
    public static (string Program, IReadOnlyList<string> Arguments) PublishCommand(
        RepositoryLayout layout, FunctionRuntime runtime, FunctionArchitecture architecture, string output)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var arch = architecture == FunctionArchitecture.Arm64 ? "arm64" : "x86_64";
        return runtime == FunctionRuntime.Aot
            ? ("bash", [layout.PublishAotScript, "--arch", arch, "--output", output])
            : ("dotnet", ["publish", layout.FunctionsProject, "-c", "Release", "-r", architecture == FunctionArchitecture.Arm64 ? "linux-arm64" : "linux-x64",
                "--no-self-contained", "-p:PublishReadyToRun=true", "-p:ContinuousIntegrationBuild=true", "-p:NuGetAudit=false",
                "-o", output, "--nologo"]);
    }

    /// <summary>Publishes into a clean folder and returns that folder.</summary>
    /// <exception cref="InvalidOperationException">The publish failed.</exception>
    public static string Publish(RepositoryLayout layout, FunctionRuntime runtime, FunctionArchitecture architecture)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var output = layout.PublishFolder(runtime, architecture);
        if (Directory.Exists(output))
        {
            // A stale file left by an earlier publish would otherwise ship (and change the asset hash).
            Directory.Delete(output, recursive: true);
        }

        var (program, arguments) = PublishCommand(layout, runtime, architecture, output);
        var start = new ProcessStartInfo(program) { WorkingDirectory = layout.Root };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Console.Error.WriteLine($"Publishing the functions ({runtime}, {architecture}) to {output}");
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments.Take(2))} exited with {process.ExitCode}; see its output above.");
        }

        return output;
    }
}

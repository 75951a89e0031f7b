namespace EventFunctions.LocalGateway.Hosting;

/// <summary>What <c>--watch</c> watches and runs: the Functions project the gateway was built with, and what it builds from.</summary>
internal static class WatchDefaults
{
    /// <summary>The projects whose sources make up the functions' build output.</summary>
    private static readonly string[] SourceProjects = ["Functions", "Annotations", "Annotations.Generator"];

    public static WatchOptions ForFunctionsProject()
    {
        var assembly = typeof(WatchDefaults).Assembly;
        var project = BuildOutput.Of(assembly, "FunctionsProject")
            ?? throw new GatewayStartupException("The gateway was built without the FunctionsProject metadata; --watch needs it.");
        var configuration = BuildOutput.Of(assembly, "FunctionsConfiguration") ?? "Release";
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, ".."));
        var folders = SourceProjects.Select(name => Path.Combine(root, name)).Where(Directory.Exists).ToList();
        // No build servers: nothing the gateway starts may outlive it.
        return new WatchOptions(folders, [DotnetPath(), "build", project, "-c", configuration, "--nologo", "-clp:ErrorsOnly", "--disable-build-servers"]);
    }

    private static string DotnetPath() => Lambda.DotnetHost.Path;
}

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>What <c>--watch</c> watches and runs: the Functions project the gateway was built with, and what it builds from.</summary>
internal static class WatchDefaults
{
    /// <summary>The projects whose sources make up the functions' build output.</summary>
    private static readonly string[] SourceProjects = ["Functions", "Annotations", "Annotations.Generator"];

    public static WatchOptions ForFunctionsProject()
    {
        var (project, root) = (FunctionsAssembly.ProjectFile, FunctionsAssembly.RepositoryRoot) is ({ } file, { } folder)
            ? (file, folder)
            : throw new GatewayStartupException("The gateway was built without the FunctionsProject metadata; --watch needs it.");
        var configuration = BuildOutput.Of(typeof(WatchDefaults).Assembly, "FunctionsConfiguration") ?? "Release";
        var folders = SourceProjects.Select(name => Path.Combine(root, name)).Where(Directory.Exists).ToList();
        // No build servers: nothing the gateway starts may outlive it.
        return new WatchOptions(folders, [Lambda.DotnetHost.Path, "build", project, "-c", configuration, "--nologo", "-clp:ErrorsOnly", "--disable-build-servers"]);
    }
}

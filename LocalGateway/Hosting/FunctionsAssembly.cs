using System.Reflection;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The built Functions assembly: the manifest compiled into it, and the build output its environments run.</summary>
internal static class FunctionsAssembly
{
    public const string Name = "EventFunctions";

    /// <summary>The assembly metadata key under which the build records the Functions project's output folder.</summary>
    public const string BuildOutputMetadata = "FunctionsBuildOutput";

    public static FunctionManifest LoadManifest()
    {
        try
        {
            return FunctionManifest.Load(Assembly.Load(new AssemblyName(Name)));
        }
        catch (Exception exception) when (exception is FileNotFoundException or InvalidOperationException)
        {
            throw new GatewayStartupException(
                $"Cannot read the function manifest from assembly '{Name}': {exception.Message}", exception);
        }
    }

    /// <summary>The Functions project file the gateway was built with (what <c>--watch</c> rebuilds).</summary>
    public static string? ProjectFile => BuildOutput.Of(typeof(FunctionsAssembly).Assembly, "FunctionsProject");

    /// <summary>The repository the gateway was built from: the folder above the Functions project.</summary>
    public static string? RepositoryRoot =>
        ProjectFile is { } project ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, "..")) : null;

    /// <summary>Where <c>scripts/publish-aot.sh</c> puts the bootstrap by default, in the repository the gateway was built from.</summary>
    public static string AotPublishFolder =>
        RepositoryRoot is { } root
            ? Path.Combine(root, "artifacts", "lambda", "aot-x86_64")
            : throw new GatewayStartupException("The gateway was built without the FunctionsProject metadata; pass --aot-folder.");

    /// <summary>The Functions project's build output, as recorded when the gateway was built.</summary>
    public static string BuildOutputFolder =>
        BuildOutput.Of(typeof(FunctionsAssembly).Assembly, BuildOutputMetadata)
            ?? throw new GatewayStartupException(
                $"The gateway was built without the {BuildOutputMetadata} metadata; pass --functions-folder.");
}

/// <summary>Build output folders of referenced projects, recorded as assembly metadata by Directory.Build.targets.</summary>
internal static class BuildOutput
{
    public static string? Of(Assembly assembly, string key)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttributes<AssemblyMetadataAttribute>().FirstOrDefault(a => a.Key == key)?.Value;
    }
}

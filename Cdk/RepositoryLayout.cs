namespace EventFunctions.Cdk;

/// <summary>Where things are in the repository, found from any folder inside it.</summary>
internal sealed class RepositoryLayout(string root)
{
    private const string Marker = "EventFunctions.sln";

    public string Root { get; } = root;

    public string FunctionsProject => Path.Combine(Root, "Functions", "Functions.csproj");

    /// <summary>The SAM template of a runtime: <c>serverless.template</c> for the default (AOT), <c>serverless.managed.template</c> for managed.</summary>
    public string SamTemplate(FunctionRuntime runtime) => Path.Combine(Root, SamTemplateFile(runtime));

    public static string SamTemplateFile(FunctionRuntime runtime) =>
        runtime == FunctionRuntime.Aot ? "serverless.template" : "serverless.managed.template";

    /// <summary>The script that publishes the Native AOT <c>bootstrap</c>.</summary>
    public string PublishAotScript => Path.Combine(Root, "scripts", "publish-aot.sh");

    /// <summary>The published functions for one runtime and architecture; <c>artifacts/</c> is git-ignored.</summary>
    public string PublishFolder(FunctionRuntime runtime, FunctionArchitecture architecture) =>
        Path.Combine(Root, RelativePublishFolder(runtime, architecture));

    /// <summary>The publish folder relative to the root, with forward slashes (as the SAM template's CodeUri).</summary>
    public static string RelativePublishFolder(FunctionRuntime runtime, FunctionArchitecture architecture) =>
        "artifacts/lambda/" + (runtime == FunctionRuntime.Aot ? "aot-" : "managed-")
            + (architecture == FunctionArchitecture.Arm64 ? "arm64" : "x86_64");

    /// <summary>The nearest folder at or above <paramref name="start"/> that holds the solution file.</summary>
    /// <exception cref="DirectoryNotFoundException">No folder above holds it.</exception>
    public static RepositoryLayout FindFrom(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return new RepositoryLayout(folder.FullName);
            }
        }

        throw new DirectoryNotFoundException($"No {Marker} in '{start}' or any folder above it.");
    }
}

namespace EventFunctions.Cdk;

/// <summary>Where things are in the repository, found from any folder inside it.</summary>
internal sealed class RepositoryLayout(string root)
{
    private const string Marker = "EventFunctions.sln";

    public string Root { get; } = root;

    public string FunctionsProject => Path.Combine(Root, "Functions", "Functions.csproj");

    public string SamTemplate => Path.Combine(Root, "serverless.template");

    /// <summary>The published functions for one architecture; <c>artifacts/</c> is git-ignored.</summary>
    public string PublishFolder(FunctionArchitecture architecture) =>
        Path.Combine(Root, RelativePublishFolder(architecture));

    /// <summary>The publish folder relative to the root, with forward slashes (as the SAM template's CodeUri).</summary>
    public static string RelativePublishFolder(FunctionArchitecture architecture) =>
        "artifacts/lambda/" + (architecture == FunctionArchitecture.Arm64 ? "arm64" : "x86_64");

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

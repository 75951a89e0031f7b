namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// One deployed version of the functions' code: a private copy of the build output, so a rebuild (or a developer's
/// <c>dotnet build</c>) never changes files under a running environment. Environments started on a version keep it.
/// </summary>
internal sealed class FunctionCode : IDisposable
{
    internal FunctionCode(string folder, int version)
    {
        Folder = folder;
        Version = version;
    }

    public string Folder { get; }

    /// <summary>1 for the code the gateway started with, then one more per rebuild in watch mode.</summary>
    public int Version { get; }

    /// <summary>Copies <paramref name="buildOutput"/> into <c>{name}-vN</c> under <paramref name="workFolder"/>.</summary>
    public static FunctionCode Deploy(string buildOutput, string workFolder, int version, string name = "code")
    {
        ArgumentException.ThrowIfNullOrEmpty(buildOutput);
        ArgumentException.ThrowIfNullOrEmpty(workFolder);
        var target = System.IO.Path.Combine(workFolder, $"{name}-v{version}");
        CopyFolder(new DirectoryInfo(buildOutput), target);
        return new FunctionCode(target, version);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void CopyFolder(DirectoryInfo source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in source.EnumerateFiles())
        {
            file.CopyTo(System.IO.Path.Combine(target, file.Name), overwrite: true);
        }

        foreach (var folder in source.EnumerateDirectories())
        {
            CopyFolder(folder, System.IO.Path.Combine(target, folder.Name));
        }
    }
}

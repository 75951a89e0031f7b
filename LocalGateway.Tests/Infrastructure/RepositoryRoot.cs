namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The repository these tests were built from: the folder above the test binaries holding <c>scripts/start.sh</c>.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "scripts", "start.sh"))
                && File.Exists(Path.Combine(directory.FullName, "EventFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No repository (scripts/start.sh) above {AppContext.BaseDirectory}.");
    }
}

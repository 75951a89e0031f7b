namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>Where the solution build put the function and the managed stand-in, in this test run's configuration.</summary>
public static class BuiltOutputs
{
    private static readonly string Configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static readonly string TargetFramework = new DirectoryInfo(AppContext.BaseDirectory).Name;

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary><c>Functions/bin/&lt;configuration&gt;/net10.0</c>: the function folder, as deployed to /var/task.</summary>
    public static string FunctionsFolder => Path.Combine(RepositoryRoot, "Functions", "bin", Configuration, TargetFramework);

    public static string FunctionsDll => Path.Combine(FunctionsFolder, "EventFunctions.dll");

    public static string ManagedRuntimeDll =>
        Path.Combine(RepositoryRoot, "ManagedRuntime", "bin", Configuration, TargetFramework, "EventFunctions.ManagedRuntime.dll");

    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "events-samples", name);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("EventFunctions.sln not found above " + AppContext.BaseDirectory);
    }
}

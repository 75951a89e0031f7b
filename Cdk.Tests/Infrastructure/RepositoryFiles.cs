namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>The repository this test assembly was built from.</summary>
public static class RepositoryFiles
{
    internal static RepositoryLayout Layout { get; } = RepositoryLayout.FindFrom(AppContext.BaseDirectory);

    public static string CdkJson => Path.Combine(Layout.Root, "Cdk", "cdk.json");

    /// <summary>The checked-in SAM template of a runtime.</summary>
    internal static string SamTemplate(FunctionRuntime runtime) => Layout.SamTemplate(runtime);
}

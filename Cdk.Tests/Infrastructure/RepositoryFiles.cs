namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>The repository this test assembly was built from.</summary>
public static class RepositoryFiles
{
    internal static RepositoryLayout Layout { get; } = RepositoryLayout.FindFrom(AppContext.BaseDirectory);

    public static string CdkJson => Path.Combine(Layout.Root, "Cdk", "cdk.json");

    public static string SamTemplate => Layout.SamTemplate;
}

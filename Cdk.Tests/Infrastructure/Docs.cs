using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>The documentation routes the deployed stage serves, over the built <c>openapi.json</c>.</summary>
public static class Docs
{
    public static IReadOnlyList<DocsRoute> Routes { get; } = ApiDocsBuild.DeployedRoutes();

    /// <summary>Every documentation path, as xunit theory data.</summary>
    public static TheoryData<string> Paths => [.. Routes.Select(r => r.Path)];

    public static DocsRoute Route(string path) => Routes.Single(r => r.Path == path);
}

using System.Reflection;
using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk;

/// <summary>The documentation the deployed stage serves, read from the ApiDocs build this app was built with.</summary>
internal static class ApiDocsBuild
{
    /// <summary>The assembly metadata key under which the build records the ApiDocs project's output folder.</summary>
    public const string BuildOutputMetadata = "ApiDocsBuildOutput";

    /// <summary>The three documentation routes as deployed, over the built <c>openapi.json</c>.</summary>
    /// <exception cref="InvalidOperationException">The build recorded no ApiDocs folder, or the document is not in it.</exception>
    public static IReadOnlyList<DocsRoute> DeployedRoutes() => DocsRoute.Deployed(OpenApiJson());

    public static string OpenApiJson()
    {
        var folder = typeof(ApiDocsBuild).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == BuildOutputMetadata)?.Value
            ?? throw new InvalidOperationException(
                $"EventFunctions.Cdk was built without the {BuildOutputMetadata} metadata; build Cdk/Cdk.csproj, which references ApiDocs.");
        try
        {
            return ApiDocument.Read(folder);
        }
        catch (FileNotFoundException exception)
        {
            throw new InvalidOperationException(
                $"Cannot deploy the documentation routes: {exception.Message}", exception);
        }
    }
}

using EventFunctions.ApiDocs;
using EventFunctions.ApiDocs.Pages;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// What the gateway serves beside the stage, as the deployed stage does: the OpenAPI document built with the
/// functions, Swagger UI at <c>/docs</c> and ReDoc at <c>/redoc</c>, their assets from the repository's node_modules
/// (pinned, integrity-checked, no network).
/// </summary>
internal sealed class ApiDocsSite
{
    /// <summary>The assembly metadata key under which the build records the ApiDocs project's output folder.</summary>
    public const string BuildOutputMetadata = "ApiDocsBuildOutput";

    private const string AssetsSegment = "/assets/";

    private readonly Dictionary<string, string> assetFiles;

    private readonly IReadOnlyList<DocsRoute> routes;

    private ApiDocsSite(string openApiJson, Dictionary<string, string> assetFiles)
    {
        this.assetFiles = assetFiles;
        routes = DocsRoute.All(openApiJson, AssetPath);
    }

    /// <summary>The document and pages of the functions the gateway was built with; fails, naming what is missing.</summary>
    public static ApiDocsSite Load()
    {
        var output = BuildOutput.Of(typeof(ApiDocsSite).Assembly, BuildOutputMetadata)
            ?? throw new GatewayStartupException($"The gateway was built without the {BuildOutputMetadata} metadata.");
        var root = FunctionsAssembly.RepositoryRoot
            ?? throw new GatewayStartupException("The gateway was built without the FunctionsProject metadata; it finds node_modules through it.");
        string json;
        try
        {
            json = ApiDocument.Read(output);
        }
        catch (FileNotFoundException exception)
        {
            throw new GatewayStartupException(exception.Message, exception);
        }

        var files = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var asset in DocsAssets.All)
        {
            var path = Path.Combine(root, asset.NodeModulesPath);
            files[AssetPath(asset)] = File.Exists(path)
                ? path
                : throw new GatewayStartupException($"The docs asset '{path}' is missing; run 'npm ci' in '{root}'.");
        }

        return new ApiDocsSite(json, files);
    }

    public void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        foreach (var route in routes)
        {
            app.MapGet(route.Path, () => Results.Text(route.Body, route.ContentType));
        }

        foreach (var (route, file) in assetFiles)
        {
            var contentType = file.EndsWith(".css", StringComparison.Ordinal) ? "text/css; charset=utf-8" : "text/javascript; charset=utf-8";
            app.MapGet(route, () => Results.File(file, contentType));
        }
    }

    /// <summary>Each asset below the page that loads it: <c>/docs/assets/swagger-ui-bundle.js</c>, <c>/redoc/assets/…</c>.</summary>
    private static string AssetPath(DocsAsset asset) =>
        (asset == DocsAssets.RedocStandalone ? ApiDocument.RedocPath : ApiDocument.SwaggerUiPath) + AssetsSegment + asset.FileName;
}

namespace EventFunctions.ApiDocs.Pages;

/// <summary>
/// The pinned assets of the documentation pages. The versions are package.json's exact devDependencies and the hashes
/// those files' SHA-384 (DocsAssetTests checks both against node_modules); upgrading means changing all three together.
/// </summary>
public static class DocsAssets
{
    private const string SwaggerUiVersion = "5.35.0";
    private const string RedocVersion = "2.5.4";

    public static DocsAsset SwaggerUiCss { get; } = new(
        "swagger-ui-dist", SwaggerUiVersion, "swagger-ui.css", "sha384-WlYgdmXYOOBWL5apwjDEZwN+U3HmXSSu5R6V5aGxEcf7z+KuRNwBhoxKVN1i3D5I");

    public static DocsAsset SwaggerUiBundle { get; } = new(
        "swagger-ui-dist", SwaggerUiVersion, "swagger-ui-bundle.js", "sha384-gjRm0bEPMeTmMh5jT2cHccIwCUZSTd8YC+j0d0sXw0MdGEfScduGpSyF3ZSSLkX9");

    public static DocsAsset RedocStandalone { get; } = new(
        "redoc", RedocVersion, "bundles/redoc.standalone.js", "sha384-w447zOpYfw/1Tv/5AK9NfHTlQIqE3RVR6KY62jCyy9zNDgO64cMwGGP1Fj0zJVf5");

    public static IReadOnlyList<DocsAsset> All { get; } = [SwaggerUiCss, SwaggerUiBundle, RedocStandalone];
}

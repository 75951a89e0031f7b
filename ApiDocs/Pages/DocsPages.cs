using System.Net;

namespace EventFunctions.ApiDocs.Pages;

/// <summary>
/// The Swagger UI (<c>/docs</c>) and ReDoc (<c>/redoc</c>) pages over <c>openapi.json</c>, one markup for every
/// host: the deployed stage loads the assets from the CDN, LocalGateway from its own node_modules; the integrity hashes
/// are the same. The pages name the document relative to themselves, so they work below any stage path.
/// A Content-Security-Policy keeps each page to its pinned scripts and its own origin: nothing else is fetched
/// (not Swagger UI's online validator, not ReDoc's logo from cdn.redoc.ly).
/// </summary>
public static class DocsPages
{
    public const string ContentType = "text/html; charset=utf-8";

    private const string Title = "EventFunctions API";

    // validatorUrl null: Swagger UI would otherwise send the document's URL to validator.swagger.io.
    private static readonly string SwaggerUiInit = $$"""
        window.addEventListener("load", function () {
          window.ui = SwaggerUIBundle({ url: "{{ApiDocument.FileName}}", dom_id: "#swagger-ui", deepLinking: true, validatorUrl: null });
        });
        """;

    /// <summary>Swagger UI, with <paramref name="assetUrl"/> giving each asset's address.</summary>
    public static string SwaggerUi(Func<DocsAsset, string> assetUrl)
    {
        ArgumentNullException.ThrowIfNull(assetUrl);
        var policy = Policy(assetUrl, [DocsAssets.SwaggerUiCss, DocsAssets.SwaggerUiBundle], $"'sha256-{Sha256(SwaggerUiInit)}'", worker: null);
        return Page(
            policy,
            Stylesheet(DocsAssets.SwaggerUiCss, assetUrl),
            "<body>",
            $"""
            <div id="swagger-ui"></div>
            {Script(DocsAssets.SwaggerUiBundle, assetUrl)}
            <script>{SwaggerUiInit}</script>
            """);
    }

    /// <summary>ReDoc, with <paramref name="assetUrl"/> giving each asset's address.</summary>
    public static string Redoc(Func<DocsAsset, string> assetUrl)
    {
        ArgumentNullException.ThrowIfNull(assetUrl);
        // ReDoc runs its search index in a worker it makes from a blob.
        var policy = Policy(assetUrl, [DocsAssets.RedocStandalone], extraScript: null, worker: "blob:");
        return Page(
            policy,
            head: null,
            """<body style="margin: 0; padding: 0">""",
            $"""
            <redoc spec-url="{ApiDocument.FileName}"></redoc>
            {Script(DocsAssets.RedocStandalone, assetUrl)}
            """);
    }

    /// <summary>The markup both pages share: the policy, the title, no favicon request (the stage would answer it 403).</summary>
    private static string Page(string policy, string? head, string bodyTag, string body) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="{{policy}}">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{Title}}</title>
        <link rel="icon" href="data:,">
        {{(head is null ? string.Empty : head + "\n")}}</head>
        {{bodyTag}}
        {{body}}
        </body>
        </html>
        """;

    private static string Stylesheet(DocsAsset asset, Func<DocsAsset, string> url) =>
        $"""<link rel="stylesheet" href="{Attribute(url(asset))}" integrity="{asset.Integrity}" crossorigin="anonymous">""";

    private static string Script(DocsAsset asset, Func<DocsAsset, string> url) =>
        $"""<script src="{Attribute(url(asset))}" integrity="{asset.Integrity}" crossorigin="anonymous"></script>""";

    private static string Attribute(string value) => WebUtility.HtmlEncode(value);

    /// <summary>
    /// Scripts and stylesheets from the assets' origin only (inline styles too: both UIs set them), the document and
    /// Try it out's calls to this origin, images inline or from this origin.
    /// </summary>
    private static string Policy(Func<DocsAsset, string> assetUrl, DocsAsset[] assets, string? extraScript, string? worker)
    {
        var origins = string.Join(' ', assets.Select(a => Origin(assetUrl(a))).Distinct(StringComparer.Ordinal));
        var policy = $"default-src 'none'; script-src {origins}{(extraScript is null ? string.Empty : " " + extraScript)}; "
            + $"style-src {origins} 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'";
        return worker is null ? policy : policy + $"; worker-src {worker}";
    }

    /// <summary>An https asset address is its scheme and host; a path (LocalGateway's) is this origin, <c>'self'</c>.</summary>
    private static string Origin(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme == Uri.UriSchemeHttps
            ? absolute.GetLeftPart(UriPartial.Authority)
            : "'self'";

    private static string Sha256(string inlineScript) =>
        Convert.ToBase64String(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(inlineScript)));
}

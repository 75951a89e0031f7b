using EventFunctions.ApiDocs.Pages;

namespace EventFunctions.ApiDocs;

/// <summary>One documentation route beside the API's own: a GET that always answers 200 with the same body.</summary>
public sealed record DocsRoute(string Path, string ContentType, string Body)
{
    public const string JsonContentType = "application/json";

    /// <summary>
    /// The three routes, <c>/openapi.json</c>, <c>/docs</c> and <c>/redoc</c>, with the pages' assets at the addresses
    /// <paramref name="assetUrl"/> gives: the pinned CDN files when deployed (<see cref="Deployed"/>), local files on LocalGateway.
    /// </summary>
    public static IReadOnlyList<DocsRoute> All(string openApiJson, Func<DocsAsset, string> assetUrl) =>
    [
        new(ApiDocument.OpenApiPath, JsonContentType, openApiJson),
        new(ApiDocument.SwaggerUiPath, DocsPages.ContentType, DocsPages.SwaggerUi(assetUrl)),
        new(ApiDocument.RedocPath, DocsPages.ContentType, DocsPages.Redoc(assetUrl)),
    ];

    /// <summary>The routes as the deployed stage serves them (API Gateway MOCK integrations in the CDK stack and SAM).</summary>
    public static IReadOnlyList<DocsRoute> Deployed(string openApiJson) => All(openApiJson, asset => asset.CdnUrl.ToString());
}

namespace EventFunctions.ApiDocs.Pages;

/// <summary>
/// A script or stylesheet of a documentation page: the npm package and exact version it comes from, its file there,
/// and its Subresource Integrity hash, so a browser refuses any other bytes (from a CDN or not).
/// </summary>
public sealed record DocsAsset(string Package, string Version, string File, string Integrity)
{
    /// <summary>The pinned file on jsDelivr, which serves npm packages byte for byte: what the deployed pages load.</summary>
    public Uri CdnUrl => new($"https://cdn.jsdelivr.net/npm/{Package}@{Version}/{File}");

    /// <summary>The file's path in an npm install (<c>node_modules/</c>…): what LocalGateway serves, offline.</summary>
    public string NodeModulesPath => Path.Combine("node_modules", Package, File);

    /// <summary>The name LocalGateway serves it under, below the page's own path.</summary>
    public string FileName => Path.GetFileName(File);
}

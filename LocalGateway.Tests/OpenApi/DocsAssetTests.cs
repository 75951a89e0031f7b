using System.Security.Cryptography;
using System.Text.Json;
using EventFunctions.ApiDocs.Pages;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary>
/// The docs pages' pins agree with the npm install: each asset's version is package.json's exact devDependency and
/// its integrity hash is the installed file's, so the CDN files the deployed pages load are these bytes.
/// </summary>
[Trait("Category", "Unit")]
public sealed class DocsAssetTests
{
    public static TheoryData<string> Assets => [.. DocsAssets.All.Select(a => a.File)];

    private static DocsAsset Asset(string file) => DocsAssets.All.Single(a => a.File == file);

    [Theory]
    [MemberData(nameof(Assets))]
    public void PinnedVersion_IsPackageJsonsExactDevDependency(string file)
    {
        var asset = Asset(file);
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "package.json")));

        Assert.Equal(asset.Version, package.RootElement.GetProperty("devDependencies").GetProperty(asset.Package).GetString());
    }

    [Theory]
    [MemberData(nameof(Assets))]
    public void Integrity_IsTheInstalledFilesSha384(string file)
    {
        var asset = Asset(file);
        var path = Path.Combine(RepositoryRoot.Find(), asset.NodeModulesPath);
        using var installed = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "node_modules", asset.Package, "package.json")));

        Assert.Equal(asset.Version, installed.RootElement.GetProperty("version").GetString());
        Assert.Equal(asset.Integrity, "sha384-" + Convert.ToBase64String(SHA384.HashData(File.ReadAllBytes(path))));
    }
}

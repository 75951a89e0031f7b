using System.Net;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using EventFunctions.ApiDocs;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary>
/// What the gateway serves beside the stage: the document built with the functions, and the Swagger UI and ReDoc
/// pages with their pinned assets from node_modules, each matching the integrity hash the page gives.
/// </summary>
[Collection(EventsApiCollectionDefinition.Name)]
public sealed partial class DocsSiteTests(EventsApiFixture api)
{
    [Fact]
    public async Task OpenApiJson_IsTheDocumentBuiltWithTheFunctions()
    {
        var built = ApiDocument.Read(BuildOutput.Of(typeof(DocsSiteTests).Assembly, "ApiDocsBuildOutput")!);

        var served = await api.Client.GetStringAsync(ApiDocument.OpenApiPath);

        Assert.Equal(built, served);
    }

    [Theory]
    [InlineData(ApiDocument.SwaggerUiPath)]
    [InlineData(ApiDocument.RedocPath)]
    public async Task Page_Browsed_IsHtmlWithAContentSecurityPolicy(string path)
    {
        using var response = await api.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ApiDocument.SwaggerUiPath, 2)]
    [InlineData(ApiDocument.RedocPath, 1)]
    public async Task PageAssets_AreServedByTheGatewayAndMatchTheirIntegrityHashes(string path, int assets)
    {
        var html = await api.Client.GetStringAsync(path);

        var references = AssetReference().Matches(html);
        Assert.Equal(assets, references.Count);
        foreach (Match reference in references)
        {
            var url = reference.Groups["url"].Value;
            Assert.StartsWith(path + "/assets/", url, StringComparison.Ordinal);
            var bytes = await api.Client.GetByteArrayAsync(url);
            Assert.Equal(reference.Groups["integrity"].Value, "sha384-" + Convert.ToBase64String(SHA384.HashData(bytes)));
        }
    }

    [GeneratedRegex("""(?:src|href)="(?<url>[^"]+)" integrity="(?<integrity>sha384-[^"]+)" crossorigin="anonymous""")]
    private static partial Regex AssetReference();
}

/// <summary>A gateway running other functions than the ones it was built with has no document for them, so no docs.</summary>
[Collection(EchoGatewayCollectionDefinition.Name)]
public sealed class OtherFunctionsDocsTests(EchoGatewayFixture echo)
{
    [Theory]
    [InlineData(ApiDocument.OpenApiPath)]
    [InlineData(ApiDocument.SwaggerUiPath)]
    [InlineData(ApiDocument.RedocPath)]
    public async Task DocsRoute_IsAnUnknownRoute(string path)
    {
        using var response = await echo.Client.GetAsync(path);

        await Problems.AssertGatewayAsync(response, HttpStatusCode.Forbidden, "Missing Authentication Token");
    }
}

using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary>Swagger UI at <c>/docs</c>, served from the package's embedded files: nothing comes from a CDN.</summary>
[Collection(EventsApiCollectionDefinition.Name)]
public sealed class SwaggerUiTests(EventsApiFixture api)
{
    [Fact]
    public async Task Docs_Browsed_ServesSwaggerUiHtmlWithOnlyLocalAssets()
    {
        using var response = await api.Client.GetAsync("/docs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<div id=\"swagger-ui\">", html, StringComparison.Ordinal);
        Assert.Contains("src=\"./swagger-ui-bundle.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"http", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DocsScripts_Requested_AreServedAndPointAtOpenApiJson()
    {
        using var bundle = await api.Client.GetAsync("/docs/swagger-ui-bundle.js");
        var config = await api.Client.GetStringAsync("/docs/index.js");

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/javascript", bundle.Content.Headers.ContentType?.MediaType);
        Assert.True((await bundle.Content.ReadAsByteArrayAsync()).Length > 100_000);
        Assert.Contains("\"url\":\"/openapi.json\"", config, StringComparison.Ordinal);
    }
}

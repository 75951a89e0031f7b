using EventFunctions.LocalGateway.Tests.Infrastructure;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary>
/// The documentation pages in a real browser, on a gateway of their own (Try it out writes the README's event):
/// Swagger UI's Try it out works as is, with the document's examples, and neither page loads anything from elsewhere.
/// </summary>
public sealed class DocsBrowserTests(EventsApiFixture api) : IClassFixture<EventsApiFixture>
{
    /// <summary>The order a user would try them in: each call needs what the one before it made.</summary>
    private static readonly (string Method, string Path)[] Routes =
        [("POST", "/events"), ("GET", "/events"), ("GET", "/events/{eventId}"), ("PUT", "/events/{eventId}"), ("DELETE", "/events/{eventId}")];

    [ChromiumFact]
    public async Task SwaggerUi_TryItOutExecuteOnEveryRouteInOrder_GetsEachDocumentedSuccessStatus()
    {
        var document = OpenApiDocument.Parse(await api.Client.GetStringAsync("/openapi.json"), "json").Document!;
        var expected = Routes.Select(route =>
            $"{route.Method} {route.Path} {document.Paths[route.Path].Operations![new HttpMethod(route.Method)].Responses!.Keys.Single(k => k[0] == '2')}");

        var report = await DocsBrowser.RunAsync("try-it-out", api.BaseAddress);

        var shown = report.GetProperty("statuses").EnumerateArray()
            .Select(s => $"{s.GetProperty("method").GetString()} {s.GetProperty("path").GetString()} {s.GetProperty("status").GetString()}");
        Assert.Equal(expected, shown);
        Assert.Empty(DocsBrowser.Strings(report, "problems"));
    }

    [ChromiumFact]
    public async Task SwaggerUi_Used_LoadsNothingFromAnotherOrigin()
    {
        var report = await DocsBrowser.RunAsync("try-it-out", api.BaseAddress);

        Assert.Empty(DocsBrowser.Strings(report, "external"));
        Assert.Empty(DocsBrowser.Strings(report, "blocked"));
    }

    [ChromiumFact]
    public async Task Redoc_Opened_ShowsEveryOperationWithoutErrors()
    {
        var report = await DocsBrowser.RunAsync("redoc", api.BaseAddress);

        Assert.Equal(["CreateEvent", "DeleteEvent", "GetEvent", "ListEvents", "UpdateEvent"], DocsBrowser.Strings(report, "operations").Order(StringComparer.Ordinal));
        Assert.Empty(DocsBrowser.Strings(report, "problems"));
    }

    /// <summary>ReDoc's footer links an image on cdn.redoc.ly; the page's Content-Security-Policy stops the request.</summary>
    [ChromiumFact]
    public async Task Redoc_Opened_LoadsNothingFromAnotherOriginAndItsPolicyStopsTheRedoclyLogo()
    {
        var report = await DocsBrowser.RunAsync("redoc", api.BaseAddress);

        Assert.Empty(DocsBrowser.Strings(report, "external"));
        Assert.All(DocsBrowser.Strings(report, "blocked"), url => Assert.StartsWith("https://cdn.redoc.ly/", url, StringComparison.Ordinal));
    }
}

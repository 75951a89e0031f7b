using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk;

/// <summary>
/// How API Gateway itself answers a documentation route, with a MOCK integration (no Lambda): the same settings in
/// the CDK stack (<see cref="DocsMethods"/>) and in the SAM template's definition body.
/// </summary>
internal static class MockDocsIntegration
{
    /// <summary>What a MOCK integration's request template returns to pick the integration response: 200.</summary>
    public const string RequestTemplate = "{\"statusCode\": 200}";

    /// <summary>
    /// The key of the one request template and the one response template. API Gateway picks the request template by
    /// the request's Content-Type and the response template by its Accept header (the MIME type only), taking
    /// <c>application/json</c> when the header is absent; when no response template matches the Accept header it uses
    /// the first one ("Select a VTL mapping template", API Gateway developer guide). With a single response template,
    /// a browser (<c>Accept: text/html,…</c>), Swagger UI's fetch (<c>application/json,*/*</c>) and curl (<c>*/*</c>)
    /// all get it; keyed <c>application/json</c> it is also the exact match for a request without Accept. A GET
    /// without Content-Type counts as <c>application/json</c> and so meets the request template; with the passthrough
    /// behaviour NEVER, a request of any other Content-Type is refused (415) rather than passed to the mock.
    /// </summary>
    public const string TemplateKey = "application/json";

    public const string StatusCode = "200";

    public const string ContentTypeParameter = "method.response.header.Content-Type";

    /// <summary>The response parameter's value: the route's content type as a static value (single-quoted).</summary>
    public static string ContentTypeValue(DocsRoute route)
    {
        ArgumentNullException.ThrowIfNull(route);
        return $"'{route.ContentType}'";
    }
}

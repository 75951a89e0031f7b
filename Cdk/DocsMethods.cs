using Amazon.CDK.AWS.APIGateway;
using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk;

/// <summary>The documentation routes on the REST API: a GET each, answered by API Gateway from a MOCK integration.</summary>
internal static class DocsMethods
{
    public static void Add(RestApi api, IReadOnlyList<DocsRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(routes);
        foreach (var route in routes)
        {
            var method = api.Root.ResourceForPath(route.Path).AddMethod("GET", Integration(route), new MethodOptions
            {
                // The documentation is public even when the API's own routes require a key or an authorizer.
                ApiKeyRequired = false,
                AuthorizationType = AuthorizationType.NONE,
                MethodResponses =
                [
                    new MethodResponse
                    {
                        StatusCode = MockDocsIntegration.StatusCode,
                        ResponseParameters = new Dictionary<string, bool> { [MockDocsIntegration.ContentTypeParameter] = true },
                    },
                ],
            });
            NagMetadata.SuppressDefaultChild(method, NagSuppression.PublicDocsAuthorization, NagSuppression.PublicDocsCognito);
        }
    }

    private static MockIntegration Integration(DocsRoute route) => new(new IntegrationOptions
    {
        RequestTemplates = new Dictionary<string, string> { [MockDocsIntegration.TemplateKey] = MockDocsIntegration.RequestTemplate },
        PassthroughBehavior = PassthroughBehavior.NEVER,
        IntegrationResponses =
        [
            new IntegrationResponse
            {
                StatusCode = MockDocsIntegration.StatusCode,
                ResponseParameters = new Dictionary<string, string>
                {
                    [MockDocsIntegration.ContentTypeParameter] = MockDocsIntegration.ContentTypeValue(route),
                },
                ResponseTemplates = new Dictionary<string, string> { [MockDocsIntegration.TemplateKey] = MockResponseTemplate.For(route.Body) },
            },
        ],
    });
}

using System.Text.Json.Nodes;
using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// The API's inline <c>DefinitionBody</c>: only the documentation routes, each a GET with a MOCK integration
/// (<see cref="MockDocsIntegration"/>). SAM leaves an explicit API's inline definition to its author unless the API
/// sets <c>MergeDefinitions</c>: then it merges what it generates for the functions' <c>Api</c> events (paths and
/// Lambda integrations) into this one, and adds the CORS preflights. Swagger 2.0 is the form SAM generates for a
/// REST API.
/// </summary>
internal static class SamDocsDefinition
{
    public static JsonObject Build(IReadOnlyList<DocsRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var paths = new JsonObject();
        foreach (var route in routes)
        {
            paths[route.Path] = new JsonObject { ["get"] = Get(route) };
        }

        return new JsonObject
        {
            ["swagger"] = "2.0",
            ["info"] = new JsonObject { ["title"] = DeploymentNames.StackName, ["version"] = "1.0" },
            ["paths"] = paths,
        };
    }

    private static JsonObject Get(DocsRoute route) => new()
    {
        ["responses"] = new JsonObject
        {
            [MockDocsIntegration.StatusCode] = new JsonObject
            {
                ["description"] = $"{route.Path}, {route.ContentType}",
                ["headers"] = new JsonObject { ["Content-Type"] = new JsonObject { ["type"] = "string" } },
            },
        },
        ["x-amazon-apigateway-integration"] = new JsonObject
        {
            ["type"] = "mock",
            ["passthroughBehavior"] = "never",
            ["requestTemplates"] = new JsonObject { [MockDocsIntegration.TemplateKey] = MockDocsIntegration.RequestTemplate },
            ["responses"] = new JsonObject
            {
                ["default"] = new JsonObject
                {
                    ["statusCode"] = MockDocsIntegration.StatusCode,
                    ["responseParameters"] = new JsonObject
                    {
                        [MockDocsIntegration.ContentTypeParameter] = MockDocsIntegration.ContentTypeValue(route),
                    },
                    ["responseTemplates"] = new JsonObject { [MockDocsIntegration.TemplateKey] = MockResponseTemplate.For(route.Body) },
                },
            },
        },
    };
}

using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// The documentation routes in the CDK stack: a GET each, answered by API Gateway from a MOCK integration with the
/// body, content type and publicity DocsRoute declares.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class DocsRoutesTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Paths => Docs.Paths;

    [Theory]
    [MemberData(nameof(Paths))]
    public void Method_EachDocsPath_IsAGetWithAMockIntegration(string path)
    {
        var integration = Get(Template, path)["Integration"]!;

        Assert.Equal(("MOCK", "NEVER"), ((string)integration["Type"]!, (string)integration["PassthroughBehavior"]!));
        Assert.Null(integration["Uri"]);
        Assert.Equal("{\"statusCode\": 200}", (string)integration["RequestTemplates"]!["application/json"]!);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Permissions_EachDocsPath_LetNoFunctionBeInvokedThere(string path)
    {
        var routes = Template.OfType("AWS::Lambda::Permission")
            .Select(p => p.Resource["Properties"]!["SourceArn"]?["Fn::Join"]?[1]?.AsArray()[^1])
            .Select(last => (string?)last ?? string.Empty);

        Assert.DoesNotContain(routes, route => route.EndsWith(path, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Method_EachDocsPathWithApiKeysOn_NeedsNoKey(string path)
    {
        Assert.False((bool)Get(stacks.Configured.Json, path)["ApiKeyRequired"]!);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ResponseTemplate_EachDocsPath_IsTheOnlyOneAndRendersExactlyTheDeployedBody(string path)
    {
        var templates = IntegrationResponse(path)["ResponseTemplates"]!.AsObject();

        var (key, template) = Assert.Single(templates);
        Assert.Equal(("application/json", Docs.Route(path).Body), (key, VelocitySubset.Render((string)template!)));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ResponseTemplate_EachDocsPath_IsUnderTheMappingTemplateQuota(string path)
    {
        var template = (string)IntegrationResponse(path)["ResponseTemplates"]!["application/json"]!;

        Assert.InRange(System.Text.Encoding.UTF8.GetByteCount(template), 0, MockResponseTemplate.MaxBytes);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Response_EachDocsPath_Is200WithItsContentType(string path)
    {
        var methodResponse = Assert.Single(Get(Template, path)["MethodResponses"]!.AsArray())!;
        var integrationResponse = IntegrationResponse(path);

        Assert.Equal(("200", "200"), ((string)methodResponse["StatusCode"]!, (string)integrationResponse["StatusCode"]!));
        Assert.True((bool)methodResponse["ResponseParameters"]!["method.response.header.Content-Type"]!);
        Assert.Equal($"'{Docs.Route(path).ContentType}'", (string)integrationResponse["ResponseParameters"]!["method.response.header.Content-Type"]!);
    }

    private JsonNode IntegrationResponse(string path) =>
        Assert.Single(Get(Template, path)["Integration"]!["IntegrationResponses"]!.AsArray())!;

    private static JsonObject Get(CfnTemplate template, string path) =>
        template.OfType("AWS::ApiGateway::Method").Select(m => m.Resource["Properties"]!.AsObject())
            .Single(p => (string)p["HttpMethod"]! == "GET" && template.MethodPath(p) == path);
}

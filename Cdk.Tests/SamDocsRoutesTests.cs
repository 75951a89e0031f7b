using System.Text.Json.Nodes;
using EventFunctions.Cdk.Sam;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// The documentation routes in the committed SAM templates: the API's inline definition holds a GET with a MOCK
/// integration for each, and SAM is told to merge the functions' routes into it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SamDocsRoutesTests
{
    public static TheoryData<string> Paths => Docs.Paths;

    [Theory]
    [InlineData(FunctionRuntime.Aot)]
    [InlineData(FunctionRuntime.Managed)]
    internal void Definition_EachRuntime_HoldsExactlyTheDocsPathsAndMergesTheFunctionEvents(FunctionRuntime runtime)
    {
        var api = Committed(runtime).Properties(SamTemplate.ApiId);

        Assert.Equal(Docs.Routes.Select(r => r.Path).Order(), api["DefinitionBody"]!["paths"]!.AsObject().Select(p => p.Key).Order());
        Assert.True((bool)api["MergeDefinitions"]!);
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Get_EachDocsPathInBothTemplates_IsAMockIntegration(string path)
    {
        Assert.All(Gets(path), get =>
        {
            var integration = get["x-amazon-apigateway-integration"]!;
            Assert.Equal(("mock", "never"), ((string)integration["type"]!, (string)integration["passthroughBehavior"]!));
            Assert.Null(integration["uri"]);
            Assert.Equal("{\"statusCode\": 200}", (string)integration["requestTemplates"]!["application/json"]!);
        });
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ResponseTemplate_EachDocsPathInBothTemplates_IsTheOnlyOneAndRendersExactlyTheDeployedBody(string path)
    {
        Assert.All(Gets(path), get =>
        {
            var (key, template) = Assert.Single(IntegrationResponse(get)["responseTemplates"]!.AsObject());
            Assert.Equal(("application/json", Docs.Route(path).Body), (key, VelocitySubset.Render((string)template!)));
        });
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void ResponseTemplate_EachDocsPathInBothTemplates_IsUnderTheMappingTemplateQuota(string path)
    {
        Assert.All(Gets(path), get => Assert.InRange(
            System.Text.Encoding.UTF8.GetByteCount((string)IntegrationResponse(get)["responseTemplates"]!["application/json"]!),
            0,
            MockResponseTemplate.MaxBytes));
    }

    [Theory]
    [MemberData(nameof(Paths))]
    public void Response_EachDocsPathInBothTemplates_Is200WithItsContentType(string path)
    {
        Assert.All(Gets(path), get =>
        {
            var response = IntegrationResponse(get);
            Assert.NotNull(get["responses"]!["200"]!["headers"]!["Content-Type"]);
            Assert.Equal("200", (string)response["statusCode"]!);
            Assert.Equal($"'{Docs.Route(path).ContentType}'", (string)response["responseParameters"]!["method.response.header.Content-Type"]!);
        });
    }

    private static CfnTemplate Committed(FunctionRuntime runtime) =>
        CfnTemplate.Parse(File.ReadAllText(RepositoryFiles.SamTemplate(runtime)));

    /// <summary>The path's GET in each committed template (one per runtime).</summary>
    private static IEnumerable<JsonNode> Gets(string path) => Enum.GetValues<FunctionRuntime>()
        .Select(runtime => Committed(runtime).Properties(SamTemplate.ApiId)["DefinitionBody"]!["paths"]![path]!["get"]!);

    private static JsonNode IntegrationResponse(JsonNode get) =>
        get["x-amazon-apigateway-integration"]!["responses"]!["default"]!;
}

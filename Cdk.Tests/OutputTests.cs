using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>Stack outputs: the API endpoint, the table name, each function's name, and the API key id when keys are on.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class OutputTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void ApiEndpoint_Always_IsTheProdStageUrl()
    {
        var parts = Template.Outputs["ApiEndpoint"]!["Value"]!["Fn::Join"]![1]!.AsArray();

        Assert.Contains(parts, p => JsonNode.DeepEquals(p, Json.Ref(Template.RestApiId)));
        Assert.Contains(parts, p => JsonNode.DeepEquals(p, Json.Ref(Template.IdAt("Api/RestApi/DeploymentStage.prod/Resource"))));
        Assert.StartsWith("https://", (string)parts[0]!, StringComparison.Ordinal);
    }

    [Fact]
    public void TableName_Always_IsTheTable()
    {
        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.TableId), Template.Outputs["TableName"]!["Value"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FunctionName_ForEachFunction_IsThatFunction(string name)
    {
        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.FunctionId(name)), Template.Outputs[$"{name}FunctionName"]!["Value"]));
    }

    [Fact]
    public void ApiKeyId_DefaultContext_IsAbsent()
    {
        Assert.False(Template.Outputs.ContainsKey("ApiKeyId"));
    }

    [Fact]
    public void ApiKeyId_ApiKeyContext_IsTheKey()
    {
        var template = stacks.Configured.Json;
        var (keyId, _) = Assert.Single(template.OfType("AWS::ApiGateway::ApiKey"));

        Assert.True(JsonNode.DeepEquals(Json.Ref(keyId), template.Outputs["ApiKeyId"]!["Value"]));
    }
}

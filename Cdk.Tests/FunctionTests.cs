using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>Each manifest entry becomes a Lambda function configured from its own manifest settings.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class FunctionTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Stack_DefaultContext_HasOneFunctionPerManifestEntryEachNamingItsMethod()
    {
        var handlers = Template.OfType("AWS::Lambda::Function")
            .Select(f => (string)f.Resource["Properties"]!["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]!);

        Assert.Equal(Manifests.Generated.Functions.Select(f => f.Method).Order(), handlers.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_DefaultContext_RunsTheNativeBootstrapOnProvidedAl2023OnX86(string name)
    {
        var function = Template.Function(name);

        Assert.Equal(
            ("provided.al2023", "bootstrap", "x86_64", Manifests.Function(name).Method),
            ((string)function["Runtime"]!, (string)function["Handler"]!, (string)function["Architectures"]![0]!,
             (string)function["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_RuntimeManaged_RunsItsHandlerStringOnDotnet10WithSnapStart(string name)
    {
        var function = stacks.Managed.Json.Function(name);

        Assert.Equal(
            ("dotnet10", Manifests.Function(name).Handler, "PublishedVersions"),
            ((string)function["Runtime"]!, (string)function["Handler"]!, (string)function["SnapStart"]!["ApplyOn"]!));
        Assert.Null(function["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_FromManifest_HasItsMemoryAndTimeout(string name)
    {
        var descriptor = Manifests.Function(name);
        var function = Template.Function(name);

        Assert.Equal(
            (descriptor.MemorySize, descriptor.Timeout),
            ((int)function["MemorySize"]!, (int)function["Timeout"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_ArchitectureArm64_RunsOnArm64(string name)
    {
        var architectures = Json.Strings(stacks.Configured.Json.Function(name)["Architectures"]);

        Assert.Equal(["arm64"], architectures);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_DefaultContext_HasActiveTracingAndNoSnapStart(string name)
    {
        var function = Template.Function(name);

        Assert.Equal("Active", (string)function["TracingConfig"]!["Mode"]!);
        Assert.Null(function["SnapStart"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Always_LogsJsonToItsOwnLogGroupWithRetention(string name)
    {
        var logging = Template.Function(name)["LoggingConfig"]!;
        var logGroupId = Template.IdAt($"{name}/LogGroup/Resource");

        Assert.Equal("JSON", (string)logging["LogFormat"]!);
        Assert.True(JsonNode.DeepEquals(Json.Ref(logGroupId), logging["LogGroup"]));
        Assert.Equal(DeploymentNames.LogRetentionDays, (int)Template.Properties(logGroupId)["RetentionInDays"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_DefaultContext_GetsTableNameAndWildcardCorsOrigin(string name)
    {
        var variables = Template.Function(name)["Environment"]!["Variables"]!;

        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.TableId), variables["EVENTS_TABLE_NAME"]));
        Assert.Equal("*", (string)variables["CORS_ALLOWED_ORIGINS"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_CorsOriginsContext_GetsTheSameOrigins(string name)
    {
        var variables = stacks.Configured.Json.Function(name)["Environment"]!["Variables"]!;

        Assert.Equal(StackVariants.ConfiguredContext[ContextKeys.CorsOrigins], (string)variables["CORS_ALLOWED_ORIGINS"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void LiveAlias_Always_PointsAtAPublishedVersionOfItsFunction(string name)
    {
        var functionId = Template.FunctionId(name);
        var alias = Template.Properties(Template.AliasId(name));
        var versionId = (string)alias["FunctionVersion"]!["Fn::GetAtt"]![0]!;

        Assert.Equal("live", (string)alias["Name"]!);
        Assert.True(JsonNode.DeepEquals(Json.Ref(functionId), alias["FunctionName"]));
        Assert.Equal("AWS::Lambda::Version", (string)Template.Resources[versionId]!["Type"]!);
        Assert.True(JsonNode.DeepEquals(Json.Ref(functionId), Template.Properties(versionId)["FunctionName"]));
    }

    [Fact]
    public void Synthesis_DefaultContext_ReportsNoWarningsOrErrors()
    {
        var problems = stacks.Default.Messages.Where(m => m.Level != Amazon.CDK.CXAPI.SynthesisMessageLevel.INFO);

        Assert.Empty(problems);
    }

    [Fact]
    public void Synthesis_RuntimeManaged_ReportsNoWarningsOrErrors()
    {
        var problems = stacks.Managed.Messages.Where(m => m.Level != Amazon.CDK.CXAPI.SynthesisMessageLevel.INFO);

        Assert.Empty(problems);
    }
}

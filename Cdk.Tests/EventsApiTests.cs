using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>The REST API: the manifest's routes, each proxied to its function's live alias, on a throttled, logged stage.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class EventsApiTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Methods_BesidesPreflight_AreExactlyTheManifestRoutesAndTheDocsRoutes()
    {
        var routes = Methods(Template).Where(m => m.HttpMethod != "OPTIONS").Select(m => $"{m.HttpMethod} {m.Path}");
        var expected = Manifests.Generated.Functions.Select(f => $"{f.HttpMethod} {f.Path}").Concat(Docs.Routes.Select(r => $"GET {r.Path}"));

        Assert.Equal(expected.Order(), routes.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Method_ForEachFunction_IsAProxyIntegrationWithItsLiveAlias(string name)
    {
        var descriptor = Manifests.Function(name);
        var method = Methods(Template).Single(m => m.HttpMethod == descriptor.HttpMethod && m.Path == descriptor.Path).Properties;
        var integration = method["Integration"]!;
        var uriParts = integration["Uri"]!["Fn::Join"]![1]!.AsArray();

        Assert.Equal(("AWS_PROXY", "POST"), ((string)integration["Type"]!, (string)integration["IntegrationHttpMethod"]!));
        Assert.Contains(uriParts, part => JsonNode.DeepEquals(part, Json.Ref(Template.AliasId(name))));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Permission_ForEachFunction_LetsTheProdStageRouteInvokeItsLiveAlias(string name)
    {
        var descriptor = Manifests.Function(name);
        var aliasRef = Json.Ref(Template.AliasId(name));
        var stageRef = Json.Ref(Template.IdAt("Api/RestApi/DeploymentStage.prod/Resource"));
        var route = "/" + descriptor.HttpMethod + Regex.Replace(descriptor.Path, "{[^}]+}", "*");

        var sourceArns = Template.OfType("AWS::Lambda::Permission").Select(p => p.Resource["Properties"]!)
            .Where(p => JsonNode.DeepEquals(p["FunctionName"], aliasRef) && (string)p["Principal"]! == "apigateway.amazonaws.com")
            .Select(p => p["SourceArn"]!["Fn::Join"]![1]!.AsArray());

        Assert.Contains(sourceArns, parts =>
            parts.Any(part => JsonNode.DeepEquals(part, stageRef)) && (string?)parts[^1] == route);
    }

    [Fact]
    public void Stage_DefaultContext_IsProdThrottledWithDefaults()
    {
        var stage = Stage(Template);
        var settings = Assert.Single(stage["MethodSettings"]!.AsArray())!;

        Assert.Equal("prod", (string)stage["StageName"]!);
        Assert.Equal(
            ("/*", "*", DeploymentSettings.DefaultThrottleRateLimit, DeploymentSettings.DefaultThrottleBurstLimit),
            ((string)settings["ResourcePath"]!, (string)settings["HttpMethod"]!, (double)settings["ThrottlingRateLimit"]!, (int)settings["ThrottlingBurstLimit"]!));
    }

    [Fact]
    public void Stage_ThrottleContext_UsesTheGivenLimits()
    {
        var settings = Stage(stacks.Configured.Json)["MethodSettings"]![0]!;

        Assert.Equal((25d, 50), ((double)settings["ThrottlingRateLimit"]!, (int)settings["ThrottlingBurstLimit"]!));
    }

    [Fact]
    public void Stage_Always_WritesJsonAccessLogsToItsLogGroup()
    {
        var accessLog = Stage(Template)["AccessLogSetting"]!;
        using var format = JsonDocument.Parse((string)accessLog["Format"]!);

        Assert.True(JsonNode.DeepEquals(Json.GetAtt(Template.IdAt("Api/AccessLogs/Resource"), "Arn"), accessLog["DestinationArn"]));
        Assert.Equal("$context.requestId", format.RootElement.GetProperty("requestId").GetString());
    }

    [Fact]
    public void Stage_Always_HasXRayTracing()
    {
        Assert.True((bool)Stage(Template)["TracingEnabled"]!);
    }

    [Fact]
    public void Api_Always_SetsTheAccountCloudWatchRoleAccessLogsNeed()
    {
        Assert.Single(Template.OfType("AWS::ApiGateway::Account"));
    }

    [Fact]
    public void Stage_Always_LogsErrorsOfEveryMethodWithoutRequestData()
    {
        var settings = Assert.Single(Stage(Template)["MethodSettings"]!.AsArray())!;

        Assert.Equal(("/*", "*", "ERROR", false),
            ((string)settings["ResourcePath"]!, (string)settings["HttpMethod"]!, (string)settings["LoggingLevel"]!, (bool)settings["DataTraceEnabled"]!));
    }

    [Fact]
    public void CloudWatchRole_Always_HasOnlyAnInlinePolicyWithTheLogsActionsOnThisAccountsLogGroups()
    {
        var account = Assert.Single(Template.OfType("AWS::ApiGateway::Account")).Resource["Properties"]!;
        var role = Template.Properties((string)account["CloudWatchRoleArn"]!["Fn::GetAtt"]![0]!);
        var statement = Assert.Single(Assert.Single(role["Policies"]!.AsArray())!["PolicyDocument"]!["Statement"]!.AsArray())!;

        Assert.Null(role["ManagedPolicyArns"]);
        Assert.Equal(ApiGatewayLogging.LogsActions.Order(StringComparer.Ordinal), Json.Strings(statement["Action"]).Order(StringComparer.Ordinal));
        Assert.EndsWith(":log-group:*", (string)statement["Resource"]!["Fn::Join"]![1]!.AsArray()[^1]!, StringComparison.Ordinal);
    }

    [Fact]
    public void Stage_Always_DependsOnTheAccountRoleAndItsExecutionLogGroup()
    {
        var stage = Assert.Single(Template.OfType("AWS::ApiGateway::Stage")).Resource;
        var dependsOn = Json.Strings(stage["DependsOn"]);

        Assert.Contains(Assert.Single(Template.OfType("AWS::ApiGateway::Account")).Id, dependsOn);
        Assert.Contains(Template.IdAt("Api/Logging/ExecutionLogs/Resource"), dependsOn);
    }

    [Fact]
    public void Preflight_EveryResource_HasAnOptionsMethod()
    {
        var methods = Methods(Template).ToArray();
        var paths = methods.Where(m => m.HttpMethod != "OPTIONS").Select(m => m.Path).Distinct();

        Assert.All(paths, path => Assert.Contains(methods, m => m.HttpMethod == "OPTIONS" && m.Path == path));
    }

    [Fact]
    public void Preflight_DefaultContext_AllowsAnyOrigin()
    {
        Assert.All(PreflightOrigins(Template), origin => Assert.Equal("'*'", origin));
    }

    [Fact]
    public void Preflight_CorsOriginsContext_AnswersTheFirstOriginAndEchoesTheOthers()
    {
        var preflights = Methods(stacks.Configured.Json).Where(m => m.HttpMethod == "OPTIONS").ToArray();

        Assert.All(PreflightOrigins(stacks.Configured.Json), origin => Assert.Equal("'https://a.example'", origin));
        Assert.All(preflights, m => Assert.Contains("https://b.example", m.Properties["Integration"]!.ToJsonString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Preflight_Always_AllowsIfMatch()
    {
        var headers = Methods(Template).Where(m => m.HttpMethod == "OPTIONS")
            .Select(m => (string)IntegrationResponse(m.Properties)["method.response.header.Access-Control-Allow-Headers"]!);

        Assert.All(headers, h => Assert.Contains("If-Match", h, StringComparison.Ordinal));
    }

    [Fact]
    public void Preflight_Always_AllowsIdempotencyKey()
    {
        var headers = Methods(Template).Where(m => m.HttpMethod == "OPTIONS")
            .Select(m => (string)IntegrationResponse(m.Properties)["method.response.header.Access-Control-Allow-Headers"]!);

        Assert.All(headers, h => Assert.Contains("Idempotency-Key", h.Trim('\'').Split(','), StringComparer.Ordinal));
    }

    [Fact]
    public void Methods_DefaultContext_NeedNoApiKey()
    {
        Assert.All(Methods(Template), m => Assert.False((bool?)m.Properties["ApiKeyRequired"] ?? false));
        Assert.Empty(Template.OfType("AWS::ApiGateway::ApiKey"));
    }

    [Fact]
    public void Methods_ApiKeyContext_RequireAKeyExceptPreflightAndDocs()
    {
        var methods = Methods(stacks.Configured.Json).ToArray();
        var docsPaths = Docs.Routes.Select(r => r.Path).ToHashSet(StringComparer.Ordinal);

        Assert.All(methods, m => Assert.Equal(
            m.HttpMethod != "OPTIONS" && !docsPaths.Contains(m.Path), (bool)m.Properties["ApiKeyRequired"]!));
    }

    [Fact]
    public void UsagePlan_ApiKeyContext_CoversTheProdStageAndHasTheKey()
    {
        var template = stacks.Configured.Json;
        var (planId, plan) = Assert.Single(template.OfType("AWS::ApiGateway::UsagePlan"));
        var (keyId, _) = Assert.Single(template.OfType("AWS::ApiGateway::ApiKey"));
        var planKey = Assert.Single(template.OfType("AWS::ApiGateway::UsagePlanKey")).Resource["Properties"]!;
        var apiStage = Assert.Single(plan["Properties"]!["ApiStages"]!.AsArray())!;

        Assert.True(JsonNode.DeepEquals(Json.Ref(template.IdAt("Api/RestApi/DeploymentStage.prod/Resource")), apiStage["Stage"]));
        Assert.True(JsonNode.DeepEquals(Json.Ref(planId), planKey["UsagePlanId"]));
        Assert.True(JsonNode.DeepEquals(Json.Ref(keyId), planKey["KeyId"]));
    }

    private static IEnumerable<(string HttpMethod, string Path, JsonObject Properties)> Methods(CfnTemplate template) =>
        template.OfType("AWS::ApiGateway::Method").Select(m => m.Resource["Properties"]!.AsObject())
            .Select(p => ((string)p["HttpMethod"]!, template.MethodPath(p), p));

    private static JsonObject Stage(CfnTemplate template) => Assert.Single(template.OfType("AWS::ApiGateway::Stage")).Resource["Properties"]!.AsObject();

    private static JsonNode IntegrationResponse(JsonObject method) =>
        method["Integration"]!["IntegrationResponses"]![0]!["ResponseParameters"]!;

    private static IEnumerable<string> PreflightOrigins(CfnTemplate template) =>
        Methods(template).Where(m => m.HttpMethod == "OPTIONS")
            .Select(m => (string)IntegrationResponse(m.Properties)["method.response.header.Access-Control-Allow-Origin"]!);
}

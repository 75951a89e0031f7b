using System.Text.Json.Nodes;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Cdk.Sam;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// The SAM templates' security settings: execution logging, the CloudWatch role without a managed policy, the optional
/// web ACL, and the authorizer of <c>sam-template --auth cognito|iam</c> on the methods <see cref="RouteAuthorization"/> selects.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SamSecurityTests
{
    private static readonly CfnTemplate Rendered = Render(RouteAuthorization.Open);
    private static readonly CfnTemplate Cognito = Render(new(AuthorizationMode.Cognito, AuthReads: false));
    private static readonly CfnTemplate IamWithReads = Render(new(AuthorizationMode.Iam, AuthReads: true));

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Stage_Always_LogsErrorsOfEveryMethodWithoutRequestData()
    {
        var settings = Assert.Single(Rendered.Properties(SamTemplate.ApiId)["MethodSettings"]!.AsArray())!;

        Assert.Equal(("/*", "*", "ERROR", false),
            ((string)settings["ResourcePath"]!, (string)settings["HttpMethod"]!, (string)settings["LoggingLevel"]!, (bool)settings["DataTraceEnabled"]!));
    }

    [Fact]
    public void CloudWatchRole_Always_HasOnlyAnInlinePolicyWithTheLogsActions()
    {
        var role = Rendered.Properties("ApiGatewayCloudWatchRole");
        var statement = Assert.Single(Assert.Single(role["Policies"]!.AsArray())!["PolicyDocument"]!["Statement"]!.AsArray())!;

        Assert.Null(role["ManagedPolicyArns"]);
        Assert.Equal(ApiGatewayLogging.LogsActions, Json.Strings(statement["Action"]));
        Assert.EndsWith(":log-group:*", (string)statement["Resource"]![0]!["Fn::Sub"]!, StringComparison.Ordinal);
    }

    [Fact]
    public void WebAcl_Always_ExistsOnlyWhenTheWafParameterIsTrue()
    {
        var condition = Rendered.Root["Conditions"]![SamWebAcl.Condition]!;

        Assert.Equal("false", (string)Rendered.Root["Parameters"]![SamWebAcl.WafParameter]!["Default"]!);
        Assert.True(JsonNode.DeepEquals(new JsonObject { ["Fn::Equals"] = new JsonArray(Json.Ref(SamWebAcl.WafParameter), "true") }, condition));
        Assert.All(new[] { SamWebAcl.WebAclId, SamWebAcl.AssociationId },
            id => Assert.Equal(SamWebAcl.Condition, (string)Rendered.Resources[id]!["Condition"]!));
    }

    [Fact]
    public void WebAcl_Always_HasTheCdkStacksRulesWithTheRateLimitParameterAndTheBodySizeRuleCounted()
    {
        var rules = Rendered.Properties(SamWebAcl.WebAclId)["Rules"]!.AsArray().Select(r => r!).ToArray();
        var rate = rules.Single(r => (string)r["Name"]! == ApiWebAcl.RateRule)["Statement"]!["RateBasedStatement"]!;
        var counted = rules.Single(r => (string)r["Name"]! == ApiWebAcl.CommonRuleSet)["Statement"]!["ManagedRuleGroupStatement"]!["RuleActionOverrides"]![0]!;
        var parameter = Rendered.Root["Parameters"]![SamWebAcl.RateParameter]!;

        Assert.Equal([ApiWebAcl.CommonRuleSet, ApiWebAcl.KnownBadInputsRuleSet, ApiWebAcl.RateRule], rules.Select(r => (string)r["Name"]!));
        Assert.True(JsonNode.DeepEquals(Json.Ref(SamWebAcl.RateParameter), rate["Limit"]));
        Assert.Equal((DeploymentSettings.DefaultWafRateLimit, DeploymentSettings.MinWafRateLimit, DeploymentSettings.MaxWafRateLimit),
            ((int)parameter["Default"]!, (int)parameter["MinValue"]!, (int)parameter["MaxValue"]!));
        Assert.Equal((ApiWebAcl.BodySizeRule, true), ((string)counted["Name"]!, counted["ActionToUse"]!["Count"] is not null));
    }

    [Fact]
    public void WebAclAssociation_Always_IsOnTheProdStageAfterSamCreatesIt()
    {
        var association = Rendered.Resources[SamWebAcl.AssociationId]!;

        Assert.EndsWith("/restapis/${EventsApi}/stages/prod", (string)association["Properties"]!["ResourceArn"]!["Fn::Sub"]!, StringComparison.Ordinal);
        Assert.Equal(["EventsApiprodStage"], Json.Strings(association["DependsOn"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Event_CheckedInTemplate_HasNoAuthorizer(string name)
    {
        Assert.Null(Event(Rendered, name)["Auth"]);
        Assert.Null(Rendered.Properties(SamTemplate.ApiId)["Auth"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Event_Cognito_UsesTheCognitoAuthorizerExactlyWhereRouteAuthorizationSays(string name)
    {
        var expected = new RouteAuthorization(AuthorizationMode.Cognito, AuthReads: false).IsAuthorized(Manifests.Function(name).HttpMethod);

        Assert.Equal(expected ? SamAuthorization.CognitoAuthorizer : null, (string?)Event(Cognito, name)["Auth"]?["Authorizer"]);
    }

    [Fact]
    public void Authorizer_Cognito_ReadsTheAuthorizationHeaderOfTheCreatedOrTheGivenPool()
    {
        var authorizer = Cognito.Properties(SamTemplate.ApiId)["Auth"]!["Authorizers"]![SamAuthorization.CognitoAuthorizer]!;
        var choice = authorizer["UserPoolArn"]!["Fn::If"]!.AsArray();

        Assert.Equal("Authorization", (string)authorizer["Identity"]!["Header"]!);
        Assert.Equal(SamAuthorization.CreatePoolCondition, (string)choice[0]!);
        Assert.True(JsonNode.DeepEquals(Json.Ref(SamAuthorization.UserPoolArnParameter), choice[2]));
    }

    [Fact]
    public void UserPool_Cognito_IsCreatedOnlyWithoutAPoolArnAndHasTheCdkStacksSettings()
    {
        var pool = Cognito.Resources[SamAuthorization.UserPoolId]!;
        var client = Cognito.Resources[SamAuthorization.UserPoolClientId]!;

        Assert.Equal((SamAuthorization.CreatePoolCondition, SamAuthorization.CreatePoolCondition, "Retain"),
            ((string)pool["Condition"]!, (string)client["Condition"]!, (string)pool["DeletionPolicy"]!));
        Assert.True((bool)pool["Properties"]!["AdminCreateUserConfig"]!["AllowAdminCreateUserOnly"]!);
        Assert.Equal(12, (int)pool["Properties"]!["Policies"]!["PasswordPolicy"]!["MinimumLength"]!);
        Assert.Contains("ALLOW_USER_PASSWORD_AUTH", Json.Strings(client["Properties"]!["ExplicitAuthFlows"]));
        Assert.False((bool)client["Properties"]!["GenerateSecret"]!);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Event_IamWithAuthReads_IsSignedAndInvokesWithApiGatewaysOwnPermission(string name)
    {
        var auth = Event(IamWithReads, name)["Auth"]!;

        Assert.Equal(("AWS_IAM", "NONE"), ((string)auth["Authorizer"]!, (string)auth["InvokeRole"]!));
        Assert.Null(IamWithReads.Properties(SamTemplate.ApiId)["Auth"]);
    }

    [Fact]
    public void Render_AnyAuth_LeavesTheDocsRoutesOpen()
    {
        var paths = Cognito.Properties(SamTemplate.ApiId)["DefinitionBody"]!["paths"]!.AsObject();

        Assert.All(paths, path => Assert.Null(path.Value!["get"]!["security"]));
        Assert.Equal(Docs.Routes.Count, paths.Count);
    }

    private static CfnTemplate Render(RouteAuthorization auth) =>
        CfnTemplate.Parse(SamTemplate.Render(Manifests.Generated, FunctionRuntime.Aot, Docs.Routes, auth));

    private static JsonObject Event(CfnTemplate template, string name) =>
        template.Properties(SamTemplate.FunctionId(Manifests.Function(name)))["Events"]!["Api"]!["Properties"]!.AsObject();
}

using System.Text.Json.Nodes;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// <c>-c auth=cognito|iam</c>: the authorizer on exactly the function methods <see cref="RouteAuthorization"/> selects,
/// the preflight and the documentation open, and the user pool the stack creates for it.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class AuthorizationTests(StackVariants stacks)
{
    private static readonly string[] DocsPaths = [.. Docs.Routes.Select(r => r.Path)];

    [Fact]
    public void FunctionMethods_Default_HaveNoAuthorizer()
    {
        Assert.All(FunctionMethods(stacks.Default.Json), m => Assert.Equal("NONE", AuthorizationType(m.Properties)));
        Assert.Empty(stacks.Default.Json.OfType("AWS::ApiGateway::Authorizer"));
    }

    [Fact]
    public void FunctionMethods_Cognito_WritesUseTheStacksAuthorizerAndReadsAreOpen()
    {
        var template = stacks.Secure.Json;
        var rule = new RouteAuthorization(AuthorizationMode.Cognito, AuthReads: false);
        var (authorizerId, _) = Assert.Single(template.OfType("AWS::ApiGateway::Authorizer"));

        Assert.All(FunctionMethods(template), m =>
        {
            Assert.Equal(rule.IsAuthorized(m.HttpMethod) ? "COGNITO_USER_POOLS" : "NONE", AuthorizationType(m.Properties));
            Assert.Equal(rule.IsAuthorized(m.HttpMethod), JsonNode.DeepEquals(Json.Ref(authorizerId), m.Properties["AuthorizerId"]));
        });
        Assert.Contains(FunctionMethods(template), m => m.HttpMethod == "GET");
    }

    [Fact]
    public void FunctionMethods_CognitoWithAuthReads_AllUseTheAuthorizer()
    {
        Assert.All(FunctionMethods(stacks.ExistingPool.Json), m => Assert.Equal("COGNITO_USER_POOLS", AuthorizationType(m.Properties)));
    }

    [Fact]
    public void FunctionMethods_IamWithAuthReadsAndApiKey_AllNeedASignatureAndAKey()
    {
        Assert.All(FunctionMethods(stacks.Iam.Json), m =>
            Assert.Equal(("AWS_IAM", true), (AuthorizationType(m.Properties), (bool)m.Properties["ApiKeyRequired"]!)));
        Assert.Empty(stacks.Iam.Json.OfType("AWS::ApiGateway::Authorizer"));
    }

    [Fact]
    public void PreflightAndDocs_EveryAuthMode_StayOpen()
    {
        foreach (var template in new[] { stacks.Secure.Json, stacks.Iam.Json, stacks.ExistingPool.Json })
        {
            var open = Methods(template).Where(m => m.HttpMethod == "OPTIONS" || DocsPaths.Contains(m.Path)).ToArray();

            Assert.Equal(Docs.Routes.Count, open.Count(m => m.HttpMethod == "GET"));
            Assert.All(open, m => Assert.Equal("NONE", AuthorizationType(m.Properties)));
        }
    }

    [Fact]
    public void Authorizer_Cognito_TrustsTheCreatedPoolThroughTheAuthorizationHeader()
    {
        var template = stacks.Secure.Json;
        var authorizer = Assert.Single(template.OfType("AWS::ApiGateway::Authorizer")).Resource["Properties"]!;
        var (poolId, _) = Assert.Single(template.OfType("AWS::Cognito::UserPool"));

        Assert.Equal(("COGNITO_USER_POOLS", "method.request.header.Authorization"),
            ((string)authorizer["Type"]!, (string)authorizer["IdentitySource"]!));
        Assert.True(JsonNode.DeepEquals(Json.GetAtt(poolId, "Arn"), authorizer["ProviderARNs"]![0]));
    }

    [Fact]
    public void Authorizer_ExistingPool_TrustsThatPoolAndCreatesNone()
    {
        var template = stacks.ExistingPool.Json;
        var authorizer = Assert.Single(template.OfType("AWS::ApiGateway::Authorizer")).Resource["Properties"]!;

        Assert.Equal(StackVariants.ExistingUserPoolArn, (string)authorizer["ProviderARNs"]![0]!);
        Assert.Empty(template.OfType("AWS::Cognito::UserPool"));
        Assert.Empty(template.OfType("AWS::Cognito::UserPoolClient"));
    }

    [Fact]
    public void UserPool_Created_HasNoSelfSignUpAStrongPasswordPolicyAndIsRetained()
    {
        var (_, pool) = Assert.Single(stacks.Secure.Json.OfType("AWS::Cognito::UserPool"));
        var properties = pool["Properties"]!;
        var password = properties["Policies"]!["PasswordPolicy"]!;

        Assert.True((bool)properties["AdminCreateUserConfig"]!["AllowAdminCreateUserOnly"]!);
        Assert.Equal((12, true, true, true, true),
            ((int)password["MinimumLength"]!, (bool)password["RequireLowercase"]!, (bool)password["RequireUppercase"]!,
             (bool)password["RequireNumbers"]!, (bool)password["RequireSymbols"]!));
        Assert.Equal(["email"], Json.Strings(properties["AliasAttributes"]));
        Assert.Equal(("Retain", "Retain"), ((string)pool["DeletionPolicy"]!, (string)pool["UpdateReplacePolicy"]!));
    }

    [Fact]
    public void UserPoolClient_Created_HasNoSecretAndTheSrpAndPasswordFlows()
    {
        var client = Assert.Single(stacks.Secure.Json.OfType("AWS::Cognito::UserPoolClient")).Resource["Properties"]!;

        Assert.False((bool?)client["GenerateSecret"] ?? false);
        Assert.Equal(["ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"],
            Json.Strings(client["ExplicitAuthFlows"]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Outputs_CreatedPool_NameThePoolAndItsClient()
    {
        var (poolId, _) = Assert.Single(stacks.Secure.Json.OfType("AWS::Cognito::UserPool"));
        var (clientId, _) = Assert.Single(stacks.Secure.Json.OfType("AWS::Cognito::UserPoolClient"));
        var outputs = stacks.Secure.Json.Outputs;

        Assert.True(JsonNode.DeepEquals(Json.Ref(poolId), outputs["UserPoolId"]!["Value"]));
        Assert.True(JsonNode.DeepEquals(Json.Ref(clientId), outputs["UserPoolClientId"]!["Value"]));
    }

    [Fact]
    public void Outputs_Default_NameNoPool()
    {
        Assert.Null(stacks.Default.Json.Outputs["UserPoolId"]);
        Assert.Null(stacks.Default.Json.Outputs["UserPoolClientId"]);
    }

    private static string AuthorizationType(JsonObject method) => (string?)method["AuthorizationType"] ?? "NONE";

    private static IEnumerable<(string HttpMethod, string Path, JsonObject Properties)> Methods(CfnTemplate template) =>
        template.OfType("AWS::ApiGateway::Method").Select(m => m.Resource["Properties"]!.AsObject())
            .Select(p => ((string)p["HttpMethod"]!, template.MethodPath(p), p));

    private static (string HttpMethod, string Path, JsonObject Properties)[] FunctionMethods(CfnTemplate template)
    {
        var routes = Manifests.Generated.Functions.Select(f => $"{f.HttpMethod} {f.Path}").ToHashSet(StringComparer.Ordinal);
        var methods = Methods(template).Where(m => routes.Contains($"{m.HttpMethod} {m.Path}")).ToArray();
        Assert.Equal(routes.Count, methods.Length);
        return methods;
    }
}

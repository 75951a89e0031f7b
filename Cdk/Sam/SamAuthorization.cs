using System.Text.Json.Nodes;
using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// The SAM form of <see cref="ApiAuthorization"/>, fixed when the template is written (<c>sam-template --auth ...</c>):
/// SAM resolves an event's <c>Auth.Authorizer</c> and the API's <c>Auth</c> while it transforms the template, before any
/// parameter or condition has a value, and accepts neither there. A Cognito template takes an existing pool's ARN as a
/// parameter, or creates a pool and app client like the CDK stack's when it is empty.
/// </summary>
internal static class SamAuthorization
{
    public const string CognitoAuthorizer = "CognitoAuthorizer";
    public const string UserPoolArnParameter = "UserPoolArn";
    public const string CreatePoolCondition = "CreateUserPool";
    public const string UserPoolId = "UserPool";
    public const string UserPoolClientId = "UserPoolClient";

    public static JsonObject? ApiAuth(RouteAuthorization routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.Mode != AuthorizationMode.Cognito ? null : new JsonObject
        {
            ["Authorizers"] = new JsonObject
            {
                [CognitoAuthorizer] = new JsonObject
                {
                    ["UserPoolArn"] = new JsonObject
                    {
                        ["Fn::If"] = new JsonArray(CreatePoolCondition, SamTemplate.GetAtt(UserPoolId, "Arn"), SamTemplate.Ref(UserPoolArnParameter)),
                    },
                    ["Identity"] = new JsonObject { ["Header"] = "Authorization" },
                },
            },
        };
    }

    /// <summary>A function event's <c>Auth</c>, or <c>null</c> when its method stays open.</summary>
    public static JsonObject? EventAuth(RouteAuthorization routes, string httpMethod)
    {
        ArgumentNullException.ThrowIfNull(routes);
        if (!routes.IsAuthorized(httpMethod))
        {
            return null;
        }

        return routes.Mode == AuthorizationMode.Cognito
            ? new JsonObject { ["Authorizer"] = CognitoAuthorizer }
            // InvokeRole NONE: API Gateway calls the function with its own permission, not the caller's credentials
            // (SAM's default for AWS_IAM, which would make every caller need lambda:InvokeFunction).
            : new JsonObject { ["Authorizer"] = "AWS_IAM", ["InvokeRole"] = "NONE" };
    }

    public static JsonObject Parameters(RouteAuthorization routes) => routes.Mode != AuthorizationMode.Cognito ? [] : new JsonObject
    {
        [UserPoolArnParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = "",
            ["AllowedPattern"] = "^$|^arn:aws(-[a-z]+)*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[a-z0-9-]+_[0-9A-Za-z]+$",
            ["Description"] = "An existing Cognito user pool's ARN; empty, the stack creates a pool and an app client.",
        },
    };

    public static JsonObject Conditions(RouteAuthorization routes) => routes.Mode != AuthorizationMode.Cognito ? [] : new JsonObject
    {
        [CreatePoolCondition] = new JsonObject { ["Fn::Equals"] = new JsonArray(SamTemplate.Ref(UserPoolArnParameter), "") },
    };

    public static IEnumerable<(string Id, JsonObject Resource)> Resources(RouteAuthorization routes)
    {
        if (routes.Mode != AuthorizationMode.Cognito)
        {
            yield break;
        }

        yield return (UserPoolId, new JsonObject
        {
            ["Type"] = "AWS::Cognito::UserPool",
            ["Condition"] = CreatePoolCondition,
            ["DeletionPolicy"] = "Retain",
            ["UpdateReplacePolicy"] = "Retain",
            ["Properties"] = new JsonObject
            {
                ["AdminCreateUserConfig"] = new JsonObject { ["AllowAdminCreateUserOnly"] = true },
                ["AliasAttributes"] = new JsonArray("email"),
                ["AutoVerifiedAttributes"] = new JsonArray("email"),
                ["UsernameConfiguration"] = new JsonObject { ["CaseSensitive"] = false },
                ["Policies"] = new JsonObject
                {
                    ["PasswordPolicy"] = new JsonObject
                    {
                        ["MinimumLength"] = 12,
                        ["RequireLowercase"] = true,
                        ["RequireUppercase"] = true,
                        ["RequireNumbers"] = true,
                        ["RequireSymbols"] = true,
                        ["TemporaryPasswordValidityDays"] = 3,
                    },
                },
                ["MfaConfiguration"] = "OPTIONAL",
                ["EnabledMfas"] = new JsonArray("SOFTWARE_TOKEN_MFA"),
                ["AccountRecoverySetting"] = new JsonObject
                {
                    ["RecoveryMechanisms"] = new JsonArray(new JsonObject { ["Name"] = "verified_email", ["Priority"] = 1 }),
                },
            },
        });
        yield return (UserPoolClientId, new JsonObject
        {
            ["Type"] = "AWS::Cognito::UserPoolClient",
            ["Condition"] = CreatePoolCondition,
            ["Properties"] = new JsonObject
            {
                ["UserPoolId"] = SamTemplate.Ref(UserPoolId),
                ["GenerateSecret"] = false,
                ["ExplicitAuthFlows"] = new JsonArray("ALLOW_USER_SRP_AUTH", "ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"),
                ["PreventUserExistenceErrors"] = "ENABLED",
                ["IdTokenValidity"] = 60,
                ["AccessTokenValidity"] = 60,
                ["RefreshTokenValidity"] = 30,
                ["TokenValidityUnits"] = new JsonObject { ["IdToken"] = "minutes", ["AccessToken"] = "minutes", ["RefreshToken"] = "days" },
            },
        });
    }

    public static IEnumerable<(string Name, JsonObject Output)> Outputs(RouteAuthorization routes)
    {
        if (routes.Mode != AuthorizationMode.Cognito)
        {
            yield break;
        }

        yield return ("UserPoolId", new JsonObject { ["Condition"] = CreatePoolCondition, ["Value"] = SamTemplate.Ref(UserPoolId) });
        yield return ("UserPoolClientId", new JsonObject { ["Condition"] = CreatePoolCondition, ["Value"] = SamTemplate.Ref(UserPoolClientId) });
    }
}

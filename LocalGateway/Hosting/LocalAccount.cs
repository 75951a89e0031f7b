namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// The fixed account, region, API id and stage the local gateway pretends to be, its IAM user (whose fake credentials
/// the functions get for dynalite and a SigV4 caller signs with) and its Cognito user pool.
/// </summary>
internal static class LocalAccount
{
    public const string Region = "us-east-1";

    public const string AccountId = "123456789012";

    public const string ApiId = "local0api1";

    public const string Stage = "prod";

    /// <summary>The alias the deployed API methods invoke (Cdk's <c>DeploymentNames.AliasName</c>).</summary>
    public const string AliasName = "live";

    /// <summary>The local IAM user's access key id (also what the README's <c>aws lambda invoke</c> examples export).</summary>
    public const string AccessKeyId = "local";

    /// <summary>The local IAM user's secret access key.</summary>
    public const string SecretAccessKey = "local";

    public const string UserName = "local";

    /// <summary>The local IAM user's unique id, what API Gateway puts in <c>identity.caller</c> and <c>identity.user</c>.</summary>
    public const string UserId = "AIDALOCALGATEWAYUSER0";

    /// <summary>The local Cognito user pool's id (region, underscore, id, as Cognito names pools).</summary>
    public const string UserPoolId = Region + "_LocalPool";

    /// <summary>The local user pool's app client: the <c>aud</c> of its ID tokens.</summary>
    public const string AppClientId = "localgatewayappclient0001";

    public static string UserArn => $"arn:aws:iam::{AccountId}:user/{UserName}";

    public static string FunctionArn(string name) => $"arn:aws:lambda:{Region}:{AccountId}:function:{name}";
}

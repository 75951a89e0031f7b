namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The fixed account, region, API id and stage the local gateway pretends to be.</summary>
internal static class LocalAccount
{
    public const string Region = "us-east-1";

    public const string AccountId = "123456789012";

    public const string ApiId = "local0api1";

    public const string Stage = "prod";

    /// <summary>The alias the deployed API methods invoke (Cdk's <c>DeploymentNames.AliasName</c>).</summary>
    public const string AliasName = "live";

    public static string FunctionArn(string name) => $"arn:aws:lambda:{Region}:{AccountId}:function:{name}";
}

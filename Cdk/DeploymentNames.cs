namespace EventFunctions.Cdk;

/// <summary>Names both deployments (the CDK stack and <c>serverless.template</c>) agree on.</summary>
internal static class DeploymentNames
{
    public const string StackName = "EventFunctions";

    /// <summary>The alias every API method invokes; it points at the function's latest published version.</summary>
    public const string AliasName = "live";

    public const string StageName = "prod";

    public const int LogRetentionDays = 30;
}

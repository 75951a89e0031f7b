using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Logs;
using Constructs;

namespace EventFunctions.Cdk;

/// <summary>
/// What API Gateway needs to write the stage's access logs and execution logs: the account's CloudWatch role (one per
/// account and region, so it is retained with the stack), with an inline policy of the logs actions API Gateway uses
/// (those of the managed <c>AmazonAPIGatewayPushToCloudWatchLogs</c>) on this account's and region's log groups only; and the
/// execution log group, created here so it has a retention (API Gateway would create it without one).
/// </summary>
internal sealed class ApiGatewayLogging : Construct
{
    /// <summary>The actions of <c>AmazonAPIGatewayPushToCloudWatchLogs</c>.</summary>
    public static readonly IReadOnlyList<string> LogsActions =
    [
        "logs:CreateLogGroup",
        "logs:CreateLogStream",
        "logs:DescribeLogGroups",
        "logs:DescribeLogStreams",
        "logs:FilterLogEvents",
        "logs:GetLogEvents",
        "logs:PutLogEvents",
    ];

    public ApiGatewayLogging(Construct scope, string id, RestApi api)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(api);
        var role = new Role(this, "CloudWatchRole", new RoleProps
        {
            AssumedBy = new ServicePrincipal("apigateway.amazonaws.com"),
            Description = "API Gateway: writes the access and execution logs of the REST APIs of this account and region.",
            InlinePolicies = new Dictionary<string, PolicyDocument>
            {
                ["PushToCloudWatchLogs"] = new(new PolicyDocumentProps
                {
                    Statements =
                    [
                        new PolicyStatement(new PolicyStatementProps
                        {
                            Actions = [.. LogsActions],
                            Resources = [$"arn:{Aws.PARTITION}:logs:{Aws.REGION}:{Aws.ACCOUNT_ID}:log-group:*"],
                        }),
                    ],
                }),
            },
        });
        role.ApplyRemovalPolicy(RemovalPolicy.RETAIN);
        NagMetadata.SuppressDefaultChild(role, NagSuppression.ApiGatewayLogGroups);

        var account = new CfnAccount(this, "Account", new CfnAccountProps { CloudWatchRoleArn = role.RoleArn });
        account.ApplyRemovalPolicy(RemovalPolicy.RETAIN);

        ExecutionLogs = new LogGroup(this, "ExecutionLogs", new LogGroupProps
        {
            LogGroupName = $"API-Gateway-Execution-Logs_{api.RestApiId}/{DeploymentNames.StageName}",
            Retention = RetentionDays.ONE_MONTH,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        // The stage logs from its first request: the account role and the log group must be there before it.
        api.DeploymentStage.Node.AddDependency(account, ExecutionLogs);
    }

    public LogGroup ExecutionLogs { get; }
}

using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace EventFunctions.Cdk;

/// <summary>
/// Everything the manifest declares, deployed: the events and idempotency tables, one <see cref="ApiFunction"/> per entry and the REST API
/// routing to them, with the documentation routes beside, and the dashboard watching them. Environment-agnostic and lookup-free, so it synthesizes offline without credentials.
/// </summary>
internal sealed class EventFunctionsStack : Stack
{
    public EventFunctionsStack(Construct scope, string id, EventFunctionsStackProps props)
        : base(scope, id, new StackProps { Description = "EventFunctions: Event Management REST API (Lambda, API Gateway, DynamoDB)" })
    {
        ArgumentNullException.ThrowIfNull(props);
        var functions = props.Manifest.Functions;
        var operations = functions.SelectMany(f => f.DynamoDbActions).Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal).Select(DynamoDbGrant.OperationOf);

        Table = new EventsTable(this, "Events", props.Settings.DestroyTable, operations);
        IdempotencyTable = new IdempotencyRecordsTable(this, "IdempotencyRecords", props.Settings.DestroyTable);
        var shared = new ApiFunctionProps(Code.FromAsset(props.FunctionsAssetPath), Table, IdempotencyTable, props.Settings);
        Functions = [.. functions.Select(descriptor => new ApiFunction(this, descriptor, shared))];
        Api = new EventsApi(this, "Api", Functions, props.DocsRoutes, props.Settings);
        Dashboard = new OperationsDashboard(this, "Operations", Functions, Api, Table, IdempotencyTable, props.Settings);
        AlarmNotifications.Apply(this, props.Settings.AlarmTopicArn);

        AddOutputs();
    }

    public EventsTable Table { get; }

    public IdempotencyRecordsTable IdempotencyTable { get; }

    public IReadOnlyList<ApiFunction> Functions { get; }

    public EventsApi Api { get; }

    public OperationsDashboard Dashboard { get; }

    private void AddOutputs()
    {
        _ = new CfnOutput(this, "ApiEndpoint", new CfnOutputProps
        {
            Value = Api.RestApi.Url,
            Description = "Base URL of the prod stage, e.g. <ApiEndpoint>events",
        });
        _ = new CfnOutput(this, "DashboardName", new CfnOutputProps
        {
            Value = Dashboard.Dashboard.DashboardName,
            Description = "CloudWatch dashboard: requests, errors, latency, cold starts, DynamoDB, events changed",
        });
        _ = new CfnOutput(this, "TableName", new CfnOutputProps { Value = Table.Table.TableName });
        _ = new CfnOutput(this, "IdempotencyTableName", new CfnOutputProps { Value = IdempotencyTable.Table.TableName });
        foreach (var function in Functions)
        {
            _ = new CfnOutput(this, $"{function.Descriptor.Name}FunctionName", new CfnOutputProps
            {
                Value = function.Function.FunctionName,
                Description = $"{function.Descriptor.HttpMethod} {function.Descriptor.Path}",
            });
        }

        if (Api.Authorization.Users is { } users)
        {
            _ = new CfnOutput(this, "UserPoolId", new CfnOutputProps
            {
                Value = users.UserPool.UserPoolId,
                Description = "aws cognito-idp admin-create-user --user-pool-id <UserPoolId> --username NAME",
            });
        }

        if (Api.Authorization.Users?.Client is { } client)
        {
            _ = new CfnOutput(this, "UserPoolClientId", new CfnOutputProps
            {
                Value = client.UserPoolClientId,
                Description = "aws cognito-idp initiate-auth --auth-flow USER_PASSWORD_AUTH --client-id <UserPoolClientId> ...",
            });
        }

        if (Api.ApiKey is { } key)
        {
            _ = new CfnOutput(this, "ApiKeyId", new CfnOutputProps
            {
                Value = key.KeyId,
                Description = "aws apigateway get-api-key --include-value --api-key <ApiKeyId>",
            });
        }
    }
}

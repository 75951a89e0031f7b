using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// Every function has its own role, allowed exactly its manifest's DynamoDB actions on the events table, when
/// idempotent the idempotency store's on the records table, its logs and X-Ray.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class FunctionRoleTests(StackVariants stacks)
{
    private static readonly string[] IndexActions = ["dynamodb:Query", "dynamodb:Scan"];

    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Roles_EveryFunction_HasADifferentRole()
    {
        var roles = Manifests.Generated.Functions.Select(f => Template.Function(f.Name)["Role"]!.ToJsonString());

        Assert.Equal(Manifests.Generated.Functions.Count, roles.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Role_Always_CanOnlyBeAssumedByLambda(string name)
    {
        var role = Template.Properties((string)Template.Function(name)["Role"]!["Fn::GetAtt"]![0]!);
        var trust = Assert.Single(role["AssumeRolePolicyDocument"]!["Statement"]!.AsArray())!;

        Assert.Equal(
            ("sts:AssumeRole", "lambda.amazonaws.com"),
            ((string)trust["Action"]!, (string)trust["Principal"]!["Service"]!));
        Assert.Null(role["ManagedPolicyArns"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RolePolicy_EventsTable_AllowsExactlyTheManifestActions(string name)
    {
        var records = RecordsTableArn(Template);
        var allowed = Allowed(Template, name).Where(p => p.Action.StartsWith("dynamodb:", StringComparison.Ordinal) && p.Resource != records)
            .Select(p => p.Action);

        Assert.Equal(Manifests.Function(name).DynamoDbActions.Order(), allowed.Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RolePolicy_DynamoDb_OnTheTableAndForQueryAndScanOnTheIndexAndWhenIdempotentOnTheRecordsTable(string name)
    {
        var descriptor = Manifests.Function(name);
        var allowed = Allowed(Template, name).Where(p => p.Action.StartsWith("dynamodb:", StringComparison.Ordinal));

        Assert.Equal(ExpectedDynamoDbGrants(Template, descriptor.DynamoDbActions, descriptor.Idempotent), allowed.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RolePolicy_RecordsTable_AllowsExactlyTheStoresActionsWhenIdempotentElseNone(string name)
    {
        var records = RecordsTableArn(Template);
        var allowed = Allowed(Template, name).Where(p => p.Resource == records).Select(p => p.Action);

        Assert.Equal(Manifests.Function(name).Idempotent ? IdempotencyStoreActions.All.Order() : [], allowed.Order());
    }

    [Fact]
    public void RolePolicy_RecordsTable_IsOnlyInIdempotentFunctionsRoles()
    {
        var records = RecordsTableArn(Template);
        var withRecords = Manifests.Generated.Functions.Where(f => Allowed(Template, f.Name).Any(p => p.Resource == records)).Select(f => f.Name);

        Assert.Equal(Manifests.Generated.Functions.Where(f => f.Idempotent).Select(f => f.Name).Order(), withRecords.Order());
        Assert.NotEmpty(withRecords);
    }

    [Fact]
    public void RolePolicy_QueryAddedInManifest_AllowsQueryOnTheTableAndIndex()
    {
        var template = stacks.ActionAdded.Json;
        var actions = Manifests.Function(StackVariants.ChangedFunction).DynamoDbActions.Append(StackVariants.AddedAction);

        var allowed = Allowed(template, StackVariants.ChangedFunction).Where(p => p.Action.StartsWith("dynamodb:", StringComparison.Ordinal));

        Assert.Equal(ExpectedDynamoDbGrants(template, actions, Manifests.Function(StackVariants.ChangedFunction).Idempotent), allowed.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RolePolicy_BesidesDynamoDb_AllowsOnlyItsLogGroupAndXRay(string name)
    {
        var logGroupArn = Json.GetAtt(Template.IdAt($"{name}/LogGroup/Resource"), "Arn").ToJsonString();
        (string, string)[] expected =
        [
            ("logs:CreateLogStream", logGroupArn),
            ("logs:PutLogEvents", logGroupArn),
            ("xray:PutTelemetryRecords", "\"*\""),
            ("xray:PutTraceSegments", "\"*\""),
        ];

        var allowed = Allowed(Template, name).Where(p => !p.Action.StartsWith("dynamodb:", StringComparison.Ordinal));

        Assert.Equal(expected, allowed.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void RolePolicy_Always_OnlyAllows(string name)
    {
        var effects = Template.RoleStatements(name).Select(s => (string)s["Effect"]!);

        Assert.All(effects, effect => Assert.Equal("Allow", effect));
    }

    /// <summary>Every (action, resource) pair the function's role allows, resources as JSON text.</summary>
    private static IEnumerable<(string Action, string Resource)> Allowed(CfnTemplate template, string name) =>
        template.RoleStatements(name).SelectMany(statement =>
            from action in Json.Strings(statement["Action"])
            from resource in Json.Many(statement["Resource"])
            select (action, resource.ToJsonString()));

    private static string RecordsTableArn(CfnTemplate template) => Json.GetAtt(template.IdempotencyTableId, "Arn").ToJsonString();

    private static (string, string)[] ExpectedDynamoDbGrants(CfnTemplate template, IEnumerable<string> actions, bool idempotent)
    {
        var records = RecordsTableArn(template);
        var table = Json.GetAtt(template.TableId, "Arn");
        var index = new JsonObject
        {
            ["Fn::Join"] = new JsonArray("", new JsonArray(table.DeepClone(), "/index/status-date-index")),
        };
        return [.. actions
            .SelectMany(a => IndexActions.Contains(a)
                ? new[] { (a, table.ToJsonString()), (a, index.ToJsonString()) }
                : [(a, table.ToJsonString())])
            .Concat(idempotent ? IdempotencyStoreActions.All.Select(a => (a, records)) : [])
            .Order()];
    }
}

using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// Changing one function's manifest settings changes only that function's resources (in <c>cdk diff</c> terms),
/// and never the API's Deployment, whose logical id depends only on the routes.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class LogicalIdStabilityTests(StackVariants stacks)
{
    private const string Changed = StackVariants.ChangedFunction;

    [Fact]
    public void MemorySizeChange_OneFunction_ChangesOnlyItsFunctionVersionAndAlias()
    {
        var changes = ResourceChange.Between(stacks.Default.Json, stacks.MemoryChanged.Json);

        Assert.Equal(
            [
                (ChangeKind.Added, "AWS::Lambda::Version"),
                (ChangeKind.Removed, "AWS::Lambda::Version"),
                (ChangeKind.Modified, "AWS::Lambda::Alias"),
                (ChangeKind.Modified, "AWS::Lambda::Function"),
            ],
            changes.Select(c => (c.Kind, c.ResourceType)).Order());
        Assert.All(changes, c => Assert.StartsWith(Changed, c.Id, StringComparison.Ordinal));
    }

    [Fact]
    public void MemorySizeChange_OneFunction_ChangesItsFunctionsMemory()
    {
        Assert.Equal(StackVariants.ChangedMemorySize, (int)stacks.MemoryChanged.Json.Function(Changed)["MemorySize"]!);
    }

    [Fact]
    public void ActionAdded_OneFunction_ChangesOnlyItsRolePolicy()
    {
        var changes = ResourceChange.Between(stacks.Default.Json, stacks.ActionAdded.Json);

        var change = Assert.Single(changes);
        Assert.Equal(
            (ChangeKind.Modified, "AWS::IAM::Policy", stacks.Default.Json.IdAt($"{Changed}/Role/DefaultPolicy/Resource")),
            (change.Kind, change.ResourceType, change.Id));
    }

    [Fact]
    public void Deployment_FunctionSettingsChange_KeepsItsLogicalId()
    {
        var deployments = new[] { stacks.Default, stacks.MemoryChanged, stacks.ActionAdded }
            .Select(s => s.Json.IdAt("Api/RestApi/Deployment/Resource"));

        Assert.Single(deployments.Distinct());
    }

    [Fact]
    public void Deployment_ApiSettingsChange_GetsANewLogicalId()
    {
        // The control: the Deployment's id does follow the API itself (here: API keys and CORS origins).
        Assert.NotEqual(
            stacks.Default.Json.IdAt("Api/RestApi/Deployment/Resource"),
            stacks.Configured.Json.IdAt("Api/RestApi/Deployment/Resource"));
    }
}

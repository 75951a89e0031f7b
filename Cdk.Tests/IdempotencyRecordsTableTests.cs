using System.Text.Json.Nodes;
using Amazon.CDK;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// The idempotency records' table (schema, TTL, retention), and what the idempotent functions, and only they, are
/// told of it: its name and, when the context sets one, the expiry.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class IdempotencyRecordsTableTests(StackVariants stacks)
{
    private CfnTemplate Template => stacks.Default.Json;

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Table_Always_HasTheSchemaTheDataLibraryCreates()
    {
        var synthesized = TableSchemaView.Of(Template.Properties(Template.IdempotencyTableId));

        Assert.True(
            JsonNode.DeepEquals(TableSchemaView.OfIdempotencyTable(), synthesized),
            $"CDK table {synthesized.ToJsonString()} is not the CreateTable request's {TableSchemaView.OfIdempotencyTable().ToJsonString()}");
        Assert.Equal(("id", "S", "PAY_PER_REQUEST"), (
            (string)synthesized["KeySchema"]![0]!["AttributeName"]!,
            (string)synthesized["AttributeDefinitions"]![0]!["AttributeType"]!,
            (string)synthesized["BillingMode"]!));
    }

    [Fact]
    public void Table_Always_ExpiresRecordsByTheirExpiresAtAttribute()
    {
        var ttl = Template.Properties(Template.IdempotencyTableId)["TimeToLiveSpecification"]!;

        Assert.Equal(("expiresAt", true), ((string)ttl["AttributeName"]!, (bool)ttl["Enabled"]!));
    }

    [Fact]
    public void Table_DefaultContext_IsRetainedWithPointInTimeRecovery()
    {
        var table = Template.Resources[Template.IdempotencyTableId]!;

        Assert.Equal(("Retain", "Retain"), ((string)table["DeletionPolicy"]!, (string)table["UpdateReplacePolicy"]!));
        Assert.True((bool)table["Properties"]!["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!);
    }

    [Fact]
    public void Table_DestroyTableContext_IsDeletedWithTheStack()
    {
        var json = stacks.Configured.Json;
        var table = json.Resources[json.IdempotencyTableId]!;

        Assert.Equal(("Delete", "Delete"), ((string)table["DeletionPolicy"]!, (string)table["UpdateReplacePolicy"]!));
    }

    [Fact]
    public void Output_Always_NamesTheTable()
    {
        Assert.True(JsonNode.DeepEquals(Json.Ref(Template.IdempotencyTableId), Template.Outputs["IdempotencyTableName"]!["Value"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void TableNameVariable_IdempotentFunction_IsTheRecordsTableElseAbsent(string name)
    {
        var variable = Variables(Template, name)["IDEMPOTENCY_TABLE_NAME"];

        Assert.Equal(
            Manifests.Function(name).Idempotent ? Json.Ref(Template.IdempotencyTableId).ToJsonString() : null,
            variable?.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExpiryVariable_DefaultContext_IsAbsent(string name)
    {
        Assert.Null(Variables(Template, name)["IDEMPOTENCY_EXPIRY_SECONDS"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void ExpiryVariable_ExpiryContext_IsSetOnIdempotentFunctionsOnly(string name)
    {
        var variable = (string?)Variables(stacks.Configured.Json, name)["IDEMPOTENCY_EXPIRY_SECONDS"];

        Assert.Equal(Manifests.Function(name).Idempotent ? StackVariants.ConfiguredContext[ContextKeys.IdempotencyExpirySeconds] : null, variable);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("2592001")]
    [InlineData("1.5")]
    [InlineData("a day")]
    public void ExpiryContext_OutOfRange_FailsSynthesisNamingTheKeyAndRange(string value)
    {
        var app = new App(new AppProps { Context = new Dictionary<string, object> { [ContextKeys.IdempotencyExpirySeconds] = value } });

        var error = Assert.Throws<ArgumentException>(() =>
            EventFunctionsApp.AddStack(app, Manifests.Generated, (_, _) => throw new InvalidOperationException("Tests never publish.")));

        Assert.Equal(
            $"Context 'idempotencyExpirySeconds' is '{value}'; expected a whole number of seconds from 1 to 2592000.",
            error.Message);
    }

    private static JsonNode Variables(CfnTemplate template, string name) => template.Function(name)["Environment"]!["Variables"]!;
}

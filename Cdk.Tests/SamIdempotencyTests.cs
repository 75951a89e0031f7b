using System.Text.Json.Nodes;
using EventFunctions.Cdk.Sam;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>The SAM templates' idempotency records table, expiry parameter, and what the idempotent functions are told of them.</summary>
[Trait("Category", "Unit")]
public sealed class SamIdempotencyTests
{
    private static readonly CfnTemplate Rendered = CfnTemplate.Parse(SamTemplate.Render(Manifests.Generated, FunctionRuntime.Aot, Docs.Routes));

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Fact]
    public void Table_Always_HasTheSchemaTheDataLibraryCreates()
    {
        var rendered = TableSchemaView.Of(Rendered.Properties(SamTemplate.IdempotencyTableId));

        Assert.True(
            JsonNode.DeepEquals(TableSchemaView.OfIdempotencyTable(), rendered),
            $"SAM table {rendered.ToJsonString()} is not the CreateTable request's {TableSchemaView.OfIdempotencyTable().ToJsonString()}");
    }

    [Fact]
    public void Table_Always_ExpiresRecordsByTheirExpiresAtAttribute()
    {
        var ttl = Rendered.Properties(SamTemplate.IdempotencyTableId)["TimeToLiveSpecification"]!;

        Assert.Equal(("expiresAt", true), ((string)ttl["AttributeName"]!, (bool)ttl["Enabled"]!));
    }

    [Fact]
    public void Table_Always_IsRetainedWithPointInTimeRecovery()
    {
        var table = Rendered.Resources[SamTemplate.IdempotencyTableId]!;

        Assert.Equal(("AWS::DynamoDB::Table", "Retain", "Retain"), ((string)table["Type"]!, (string)table["DeletionPolicy"]!, (string)table["UpdateReplacePolicy"]!));
        Assert.True((bool)table["Properties"]!["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!);
    }

    [Fact]
    public void ExpiryParameter_Always_DefaultsTo24HoursWithinTheFunctionsRange()
    {
        var parameter = Rendered.Root["Parameters"]!["IdempotencyExpirySeconds"]!;

        Assert.Equal(("Number", 86400, 1, 2592000), (
            (string)parameter["Type"]!, (int)parameter["Default"]!, (int)parameter["MinValue"]!, (int)parameter["MaxValue"]!));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Variables_IdempotentFunction_NameTheRecordsTableAndTheExpiryParameterElseAbsent(string name)
    {
        var variables = Rendered.Properties(SamTemplate.FunctionId(Manifests.Function(name)))["Environment"]!["Variables"]!;
        var idempotent = Manifests.Function(name).Idempotent;

        Assert.Equal(
            (idempotent ? Json.Ref(SamTemplate.IdempotencyTableId).ToJsonString() : null, idempotent ? Json.Ref("IdempotencyExpirySeconds").ToJsonString() : null),
            (variables["IDEMPOTENCY_TABLE_NAME"]?.ToJsonString(), variables["IDEMPOTENCY_EXPIRY_SECONDS"]?.ToJsonString()));
    }

    [Fact]
    public void Cors_Always_AllowsIdempotencyKey()
    {
        var allowHeaders = (string)Rendered.Properties(SamTemplate.ApiId)["Cors"]!["AllowHeaders"]!;

        Assert.Contains("Idempotency-Key", allowHeaders.Trim('\'').Split(','), StringComparer.Ordinal);
    }
}

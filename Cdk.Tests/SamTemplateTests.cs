using System.Text.Json.Nodes;
using EventFunctions.Cdk.Sam;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// The SAM templates (<c>serverless.template</c>: Native AOT, the default; <c>serverless.managed.template</c>: dotnet10):
/// generated from the manifest, checked in, and in step with it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class SamTemplateTests
{
    private static readonly CfnTemplate Rendered = CfnTemplate.Parse(SamTemplate.Render(Manifests.Generated, FunctionRuntime.Aot, Docs.Routes));
    private static readonly CfnTemplate RenderedManaged = CfnTemplate.Parse(SamTemplate.Render(Manifests.Generated, FunctionRuntime.Managed, Docs.Routes));

    public static TheoryData<string> Names => Manifests.FunctionNames;

    [Theory]
    [InlineData(FunctionRuntime.Aot)]
    [InlineData(FunctionRuntime.Managed)]
    internal void CheckedInTemplate_EachRuntime_MatchesTheManifest(FunctionRuntime runtime)
    {
        var path = RepositoryFiles.SamTemplate(runtime);
        var checkedIn = File.Exists(path) ? File.ReadAllText(path) : "(missing)";

        if (checkedIn != SamTemplate.Render(Manifests.Generated, runtime, Docs.Routes))
        {
            Assert.Fail($"{Path.GetFileName(path)} is stale. Regenerate it from the repository root with: {SamTemplateCommand.Regenerate}");
        }
    }

    [Fact]
    public void Render_SameManifest_GivesTheSameIndentedTextEndingInANewline()
    {
        var first = SamTemplate.Render(Manifests.Generated, FunctionRuntime.Aot, Docs.Routes);
        var reordered = Manifests.Generated with { Functions = [.. Manifests.Generated.Functions.Reverse()] };

        Assert.Equal(first, SamTemplate.Render(reordered, FunctionRuntime.Aot, Docs.Routes));
        Assert.StartsWith("{\n  \"AWSTemplateFormatVersion\"", first, StringComparison.Ordinal);
        Assert.EndsWith("}\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_Always_HasTheSchemaTheDataLibraryCreates()
    {
        var rendered = TableSchemaView.Of(Rendered.Properties(SamTemplate.TableId));

        Assert.True(
            JsonNode.DeepEquals(TableSchemaView.OfEventsTable(), rendered),
            $"SAM table {rendered.ToJsonString()} is not the CreateTable request's {TableSchemaView.OfEventsTable().ToJsonString()}");
    }

    [Fact]
    public void Functions_Always_AreExactlyTheManifestFunctions()
    {
        var handlers = RenderedManaged.OfType("AWS::Serverless::Function").Select(f => (string)f.Resource["Properties"]!["Handler"]!);

        Assert.Equal(Manifests.Generated.Functions.Select(f => f.Handler).Order(), handlers.Order());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_FromManifest_HasItsMemoryTimeoutAndRoute(string name)
    {
        var descriptor = Manifests.Function(name);
        var function = Function(name);
        var api = function["Events"]!["Api"]!;

        Assert.Equal(
            (descriptor.MemorySize, descriptor.Timeout, "Api", descriptor.Path, descriptor.HttpMethod.ToLowerInvariant()),
            ((int)function["MemorySize"]!, (int)function["Timeout"]!, (string)api["Type"]!, (string)api["Properties"]!["Path"]!, (string)api["Properties"]!["Method"]!));
        Assert.True(JsonNode.DeepEquals(Json.Ref(SamTemplate.ApiId), api["Properties"]!["RestApiId"]));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Default_RunsTheNativeBootstrapWithTracingAndLiveAlias(string name)
    {
        var function = Function(name);

        Assert.Equal(
            ("provided.al2023", "bootstrap", "x86_64", "artifacts/lambda/aot-x86_64", "Active", "live", "JSON", Manifests.Function(name).Method),
            ((string)function["Runtime"]!, (string)function["Handler"]!, (string)function["Architectures"]![0]!, (string)function["CodeUri"]!,
             (string)function["Tracing"]!, (string)function["AutoPublishAlias"]!, (string)function["LoggingConfig"]!["LogFormat"]!,
             (string)function["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]!));
        Assert.Null(function["SnapStart"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Managed_RunsPublishedDotnet10WithTracingSnapStartAndLiveAlias(string name)
    {
        var function = RenderedManaged.Properties(SamTemplate.FunctionId(Manifests.Function(name)));

        Assert.Equal(
            ("dotnet10", "x86_64", "artifacts/lambda/managed-x86_64", "Active", "live", "PublishedVersions", "JSON"),
            ((string)function["Runtime"]!, (string)function["Architectures"]![0]!, (string)function["CodeUri"]!,
             (string)function["Tracing"]!, (string)function["AutoPublishAlias"]!, (string)function["SnapStart"]!["ApplyOn"]!,
             (string)function["LoggingConfig"]!["LogFormat"]!));
        Assert.Null(function["Environment"]!["Variables"]!["ANNOTATIONS_HANDLER"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Function_Always_GetsTableNameAndCorsOrigins(string name)
    {
        var variables = Function(name)["Environment"]!["Variables"]!;

        Assert.True(JsonNode.DeepEquals(Json.Ref(SamTemplate.TableId), variables["EVENTS_TABLE_NAME"]));
        Assert.NotNull(variables["CORS_ALLOWED_ORIGINS"]);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void FunctionPolicy_Always_AllowsItsActionsOnTheTableForQueryAndScanTheIndexAndWhenIdempotentTheStoresOnItsTable(string name)
    {
        var statements = Function(name)["Policies"]!.AsArray().SelectMany(p => p!["Statement"]!.AsArray());
        var allowed = statements.SelectMany(s =>
            from action in Json.Strings(s!["Action"])
            from resource in Json.Many(s!["Resource"])
            select (action, resource.ToJsonString()));
        var table = Json.GetAtt(SamTemplate.TableId, "Arn").ToJsonString();
        var index = new JsonObject { ["Fn::Sub"] = "${EventsTable.Arn}/index/status-date-index" }.ToJsonString();
        var records = Json.GetAtt(SamTemplate.IdempotencyTableId, "Arn").ToJsonString();
        var descriptor = Manifests.Function(name);
        var expected = descriptor.DynamoDbActions.SelectMany(a => a is "dynamodb:Query" or "dynamodb:Scan"
            ? new[] { (a, table), (a, index) }
            : [(a, table)])
            .Concat(descriptor.Idempotent ? IdempotencyStoreActions.All.Select(a => (a, records)) : []);

        Assert.Equal(expected.Order(), allowed.Order());
    }

    [Fact]
    public void Api_Always_HasTheProdStageWithThrottlingAccessLogsAndTracing()
    {
        var api = Rendered.Properties(SamTemplate.ApiId);

        Assert.Equal("prod", (string)api["StageName"]!);
        Assert.NotNull(api["MethodSettings"]![0]!["ThrottlingRateLimit"]);
        Assert.NotNull(api["AccessLogSetting"]!["DestinationArn"]);
        Assert.True((bool)api["TracingEnabled"]!);
    }

    [Fact]
    public void Table_Always_IsRetainedWithKeysIndexAndPointInTimeRecovery()
    {
        var table = Rendered.Resources[SamTemplate.TableId]!;
        var properties = table["Properties"]!;

        Assert.Equal(("Retain", "Retain"), ((string)table["DeletionPolicy"]!, (string)table["UpdateReplacePolicy"]!));
        Assert.Equal(("PAY_PER_REQUEST", "eventId", "status-date-index"), (
            (string)properties["BillingMode"]!,
            (string)properties["KeySchema"]![0]!["AttributeName"]!,
            (string)properties["GlobalSecondaryIndexes"]![0]!["IndexName"]!));
        Assert.True((bool)properties["PointInTimeRecoverySpecification"]!["PointInTimeRecoveryEnabled"]!);
    }

    [Fact]
    public void Outputs_Always_NameTheEndpointTablesAndEveryFunction()
    {
        string[] expected = ["ApiEndpoint", "TableName", "IdempotencyTableName", .. Manifests.Generated.Functions.Select(f => f.Name + "FunctionName")];

        Assert.Equal(expected.Order(), Rendered.Outputs.Select(o => o.Key).Order());
    }

    private static JsonObject Function(string name) => Rendered.Properties(SamTemplate.FunctionId(Manifests.Function(name)));
}

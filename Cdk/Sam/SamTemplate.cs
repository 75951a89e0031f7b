using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// <c>serverless.template</c>, generated from the function manifest: the same functions, table and API as the
/// CDK stack in SAM form. Properties are written in a fixed order, so the same manifest gives the same bytes.
/// </summary>
internal static class SamTemplate
{
    public const string TableId = "EventsTable";
    public const string ApiId = "EventsApi";

    private const string CorsParameter = "CorsAllowedOrigin";
    private const string RateParameter = "ThrottlingRateLimit";
    private const string BurstParameter = "ThrottlingBurstLimit";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The file is read by people and by CloudFormation, never embedded in HTML: keep ' + < > readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The template text: indented JSON with a trailing newline.</summary>
    public static string Render(FunctionManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return Build(manifest).ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>The logical id of a function's <c>AWS::Serverless::Function</c>.</summary>
    public static string FunctionId(FunctionDescriptor descriptor) => descriptor.Name + "Function";

    private static JsonObject Build(FunctionManifest manifest)
    {
        var functions = manifest.Functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var resources = new JsonObject
        {
            [TableId] = Table(),
            [ApiId] = Api(functions),
            ["EventsApiAccessLogs"] = LogGroup(),
            ["ApiGatewayCloudWatchRole"] = ApiGatewayCloudWatchRole(),
            ["ApiGatewayAccount"] = ApiGatewayAccount(),
        };
        foreach (var function in functions)
        {
            resources[FunctionId(function)] = Function(function);
            resources[function.Name + "LogGroup"] = LogGroup();
        }

        var outputs = new JsonObject
        {
            ["ApiEndpoint"] = Output(Sub($"https://${{{ApiId}}}.execute-api.${{AWS::Region}}.${{AWS::URLSuffix}}/{DeploymentNames.StageName}/"),
                "Base URL of the prod stage, e.g. <ApiEndpoint>events"),
            ["TableName"] = Output(Ref(TableId), null),
        };
        foreach (var function in functions)
        {
            outputs[function.Name + "FunctionName"] = Output(Ref(FunctionId(function)), $"{function.HttpMethod} {function.Path}");
        }

        return new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Transform"] = "AWS::Serverless-2016-10-31",
            ["Description"] = "EventFunctions: Event Management REST API. Generated from the function manifest by "
                + $"`dotnet run --project Cdk/Cdk.csproj -- {SamTemplateCommand.Name}`; do not edit by hand.",
            ["Parameters"] = Parameters(),
            ["Resources"] = resources,
            ["Outputs"] = outputs,
        };
    }

    private static JsonObject Parameters() => new()
    {
        [CorsParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = "*",
            ["Description"] = "The one origin allowed to call the API from a browser (or *). SAM's CORS preflight answers "
                + "a single origin; for several, deploy with CDK (-c corsOrigins=...).",
        },
        [RateParameter] = new JsonObject
        {
            ["Type"] = "Number",
            ["Default"] = DeploymentSettings.DefaultThrottleRateLimit,
            ["Description"] = "Stage-wide steady-state requests per second.",
        },
        [BurstParameter] = new JsonObject
        {
            ["Type"] = "Number",
            ["Default"] = DeploymentSettings.DefaultThrottleBurstLimit,
            ["Description"] = "Stage-wide burst of requests.",
        },
    };

    private static JsonObject Table() => new()
    {
        ["Type"] = "AWS::DynamoDB::Table",
        ["DeletionPolicy"] = "Retain",
        ["UpdateReplacePolicy"] = "Retain",
        ["Properties"] = new JsonObject
        {
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["AttributeDefinitions"] = new JsonArray(
                Attribute(EventTable.EventIdAttribute), Attribute(EventTable.StatusAttribute), Attribute(EventTable.DateAttribute)),
            ["KeySchema"] = new JsonArray(Key(EventTable.EventIdAttribute, "HASH")),
            ["GlobalSecondaryIndexes"] = new JsonArray(new JsonObject
            {
                ["IndexName"] = EventTable.StatusDateIndexName,
                ["KeySchema"] = new JsonArray(Key(EventTable.StatusAttribute, "HASH"), Key(EventTable.DateAttribute, "RANGE")),
                ["Projection"] = new JsonObject { ["ProjectionType"] = "ALL" },
            }),
            ["PointInTimeRecoverySpecification"] = new JsonObject { ["PointInTimeRecoveryEnabled"] = true },
        },
    };

    private static JsonObject Api(FunctionDescriptor[] functions) => new()
    {
        ["Type"] = "AWS::Serverless::Api",
        ["DependsOn"] = new JsonArray("ApiGatewayAccount"),
        ["Properties"] = new JsonObject
        {
            ["Name"] = DeploymentNames.StackName,
            ["Description"] = "Event Management API",
            ["StageName"] = DeploymentNames.StageName,
            ["EndpointConfiguration"] = new JsonObject { ["Type"] = "REGIONAL" },
            ["TracingEnabled"] = true,
            ["MethodSettings"] = new JsonArray(new JsonObject
            {
                ["ResourcePath"] = "/*",
                ["HttpMethod"] = "*",
                ["ThrottlingRateLimit"] = Ref(RateParameter),
                ["ThrottlingBurstLimit"] = Ref(BurstParameter),
            }),
            ["AccessLogSetting"] = new JsonObject
            {
                ["DestinationArn"] = GetAtt("EventsApiAccessLogs", "Arn"),
                ["Format"] = AccessLogJson.Format,
            },
            ["Cors"] = new JsonObject
            {
                ["AllowOrigin"] = Sub($"'${{{CorsParameter}}}'"),
                ["AllowMethods"] = Quoted(functions.Select(f => f.HttpMethod).Append("OPTIONS").Distinct().Order(StringComparer.Ordinal)),
                ["AllowHeaders"] = Quoted(DeploymentNames.CorsAllowedHeaders),
                ["MaxAge"] = "'600'",
            },
        },
    };

    private static JsonObject Function(FunctionDescriptor function)
    {
        var properties = new JsonObject
        {
            ["Handler"] = function.Handler,
            ["Runtime"] = LambdaRuntimes.DotNet10Name,
            ["Architectures"] = new JsonArray("x86_64"),
            ["CodeUri"] = RepositoryLayout.RelativePublishFolder(FunctionArchitecture.X86_64),
            ["MemorySize"] = function.MemorySize,
            ["Timeout"] = function.Timeout,
            ["Tracing"] = "Active",
            ["AutoPublishAlias"] = DeploymentNames.AliasName,
            ["SnapStart"] = new JsonObject { ["ApplyOn"] = "PublishedVersions" },
            ["LoggingConfig"] = new JsonObject
            {
                ["LogFormat"] = "JSON",
                ["LogGroup"] = Ref(function.Name + "LogGroup"),
            },
            ["Environment"] = new JsonObject
            {
                ["Variables"] = new JsonObject
                {
                    [FunctionSettings.TableNameVariable] = Ref(TableId),
                    [CorsPolicy.EnvironmentVariable] = Ref(CorsParameter),
                },
            },
            ["Policies"] = new JsonArray(new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray([.. DynamoDbGrant.For(function.DynamoDbActions).Select(Statement)]),
            }),
            ["Events"] = new JsonObject
            {
                ["Api"] = new JsonObject
                {
                    ["Type"] = "Api",
                    ["Properties"] = new JsonObject
                    {
                        ["RestApiId"] = Ref(ApiId),
                        ["Path"] = function.Path,
                        ["Method"] = function.HttpMethod.ToLowerInvariant(),
                    },
                },
            },
        };
        if (function.Summary is { } summary)
        {
            properties.Insert(0, "Description", summary);
        }

        return new JsonObject { ["Type"] = "AWS::Serverless::Function", ["Properties"] = properties };
    }

    private static JsonObject Statement(DynamoDbGrant grant)
    {
        var tableArn = GetAtt(TableId, "Arn");
        var resources = grant.OnIndex
            ? new JsonArray(tableArn, Sub($"${{{TableId}.Arn}}/index/{EventTable.StatusDateIndexName}"))
            : new JsonArray(tableArn);
        return new JsonObject
        {
            ["Effect"] = "Allow",
            ["Action"] = new JsonArray([.. grant.Actions.Select(a => (JsonNode)a)]),
            ["Resource"] = resources,
        };
    }

    private static JsonObject ApiGatewayCloudWatchRole() => new()
    {
        ["Type"] = "AWS::IAM::Role",
        ["DeletionPolicy"] = "Retain",
        ["Properties"] = new JsonObject
        {
            ["AssumeRolePolicyDocument"] = new JsonObject
            {
                ["Version"] = "2012-10-17",
                ["Statement"] = new JsonArray(new JsonObject
                {
                    ["Effect"] = "Allow",
                    ["Principal"] = new JsonObject { ["Service"] = "apigateway.amazonaws.com" },
                    ["Action"] = "sts:AssumeRole",
                }),
            },
            ["ManagedPolicyArns"] = new JsonArray(
                Sub("arn:${AWS::Partition}:iam::aws:policy/service-role/AmazonAPIGatewayPushToCloudWatchLogs")),
        },
    };

    // Access logging needs the account's API Gateway CloudWatch role (one per account and region).
    private static JsonObject ApiGatewayAccount() => new()
    {
        ["Type"] = "AWS::ApiGateway::Account",
        ["DeletionPolicy"] = "Retain",
        ["Properties"] = new JsonObject { ["CloudWatchRoleArn"] = GetAtt("ApiGatewayCloudWatchRole", "Arn") },
    };

    private static JsonObject LogGroup() => new()
    {
        ["Type"] = "AWS::Logs::LogGroup",
        ["Properties"] = new JsonObject { ["RetentionInDays"] = DeploymentNames.LogRetentionDays },
    };

    private static JsonObject Output(JsonNode value, string? description)
    {
        var output = new JsonObject();
        if (description is not null)
        {
            output["Description"] = description;
        }

        output["Value"] = value;
        return output;
    }

    private static JsonObject Attribute(string name) => new() { ["AttributeName"] = name, ["AttributeType"] = "S" };

    private static JsonObject Key(string name, string type) => new() { ["AttributeName"] = name, ["KeyType"] = type };

    private static JsonObject Ref(string id) => new() { ["Ref"] = id };

    private static JsonObject GetAtt(string id, string attribute) => new() { ["Fn::GetAtt"] = new JsonArray(id, attribute) };

    private static JsonObject Sub(string text) => new() { ["Fn::Sub"] = text };

    /// <summary>A SAM CORS value: a comma-separated list inside single quotes.</summary>
    private static string Quoted(IEnumerable<string> values) => $"'{string.Join(',', values)}'";
}

using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.ApiDocs;
using EventFunctions.Configuration;
using EventFunctions.Data;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// The SAM templates, generated from the function manifest: the same functions, table and API as the CDK stack in SAM
/// form, the documentation routes included, one template per <see cref="FunctionRuntime"/> (<c>serverless.template</c> for the default, Native AOT;
/// <c>serverless.managed.template</c> for dotnet10), because a SAM <c>CodeUri</c> cannot depend on a parameter.
/// Properties are written in a fixed order, so the same manifest gives the same bytes. The checked-in templates are public
/// (no authorizer, as the CDK default); <c>sam-template --auth cognito|iam</c> writes one with the authorizer
/// (<see cref="SamAuthorization"/>). WAF is a parameter in every template.
/// </summary>
internal static class SamTemplate
{
    public const string TableId = "EventsTable";
    public const string IdempotencyTableId = "IdempotencyTable";
    public const string ApiId = "EventsApi";

    private const string CorsParameter = "CorsAllowedOrigin";
    private const string RateParameter = "ThrottlingRateLimit";
    private const string BurstParameter = "ThrottlingBurstLimit";
    private const string ExpiryParameter = "IdempotencyExpirySeconds";
    private const string ServiceParameter = "ServiceName";
    private const string NamespaceParameter = "MetricsNamespace";
    private const string LogLevelParameter = "LogLevel";

    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        // The file is read by people and by CloudFormation, never embedded in HTML: keep ' + < > readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The template text: indented JSON with a trailing newline.</summary>
    public static string Render(
        FunctionManifest manifest, FunctionRuntime runtime, IReadOnlyList<DocsRoute> docsRoutes, RouteAuthorization? authorization = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        ArgumentNullException.ThrowIfNull(docsRoutes);
        return Build(manifest, runtime, docsRoutes, authorization ?? RouteAuthorization.Open).ToJsonString(WriteOptions) + "\n";
    }

    /// <summary>The logical id of a function's <c>AWS::Serverless::Function</c>.</summary>
    public static string FunctionId(FunctionDescriptor descriptor) => descriptor.Name + "Function";

    private static JsonObject Build(FunctionManifest manifest, FunctionRuntime runtime, IReadOnlyList<DocsRoute> docsRoutes, RouteAuthorization auth)
    {
        var functions = manifest.Functions.OrderBy(f => f.Name, StringComparer.Ordinal).ToArray();
        var resources = new JsonObject
        {
            [TableId] = Table(),
            [IdempotencyTableId] = IdempotencyRecordsTable(),
            [ApiId] = Api(functions, docsRoutes, auth),
            ["EventsApiAccessLogs"] = LogGroup(),
            ["ApiGatewayCloudWatchRole"] = ApiGatewayCloudWatchRole(),
            ["ApiGatewayAccount"] = ApiGatewayAccount(),
        };
        foreach (var function in functions)
        {
            resources[FunctionId(function)] = Function(function, runtime, auth);
            resources[function.Name + "LogGroup"] = LogGroup();
        }

        foreach (var (id, resource) in SamAuthorization.Resources(auth).Concat(SamWebAcl.Resources(ApiId, DeploymentNames.StageName)))
        {
            resources[id] = resource;
        }

        var outputs = new JsonObject
        {
            ["ApiEndpoint"] = Output(Sub($"https://${{{ApiId}}}.execute-api.${{AWS::Region}}.${{AWS::URLSuffix}}/{DeploymentNames.StageName}/"),
                "Base URL of the prod stage, e.g. <ApiEndpoint>events"),
            ["TableName"] = Output(Ref(TableId), null),
            ["IdempotencyTableName"] = Output(Ref(IdempotencyTableId), null),
        };
        foreach (var function in functions)
        {
            outputs[function.Name + "FunctionName"] = Output(Ref(FunctionId(function)), $"{function.HttpMethod} {function.Path}");
        }

        foreach (var (name, output) in SamAuthorization.Outputs(auth))
        {
            outputs[name] = output;
        }

        var conditions = SamWebAcl.Conditions();
        foreach (var (name, condition) in SamAuthorization.Conditions(auth))
        {
            conditions[name] = condition!.DeepClone();
        }

        return new JsonObject
        {
            ["AWSTemplateFormatVersion"] = "2010-09-09",
            ["Transform"] = "AWS::Serverless-2016-10-31",
            ["Description"] = $"EventFunctions: Event Management REST API ({Describe(runtime)}{DescribeAuth(auth)}). Generated from the function "
                + $"manifest by `{SamTemplateCommand.Regenerate}`; do not edit by hand. The other runtime: "
                + (auth.Mode == AuthorizationMode.None
                    ? $"sam deploy -t {RepositoryLayout.SamTemplateFile(Other(runtime))}."
                    : $"{SamTemplateCommand.Name} --{SamTemplateCommand.RuntimeOption} {(Other(runtime) == FunctionRuntime.Aot ? "aot" : "managed")}."),
            ["Parameters"] = Parameters(auth),
            ["Conditions"] = conditions,
            ["Resources"] = resources,
            ["Outputs"] = outputs,
        };
    }

    private static JsonObject Parameters(RouteAuthorization auth)
    {
        var parameters = CommonParameters();
        foreach (var (name, parameter) in SamWebAcl.Parameters().Concat(SamAuthorization.Parameters(auth)))
        {
            parameters[name] = parameter!.DeepClone();
        }

        return parameters;
    }

    private static JsonObject CommonParameters() => new()
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
        [ServiceParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = DeploymentSettings.DefaultServiceName,
            ["AllowedPattern"] = DeploymentSettings.ServiceNamePatternText,
            ["Description"] = "The service every log record and metric names (POWERTOOLS_SERVICE_NAME).",
        },
        [NamespaceParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = DeploymentSettings.DefaultServiceName,
            ["AllowedPattern"] = DeploymentSettings.MetricsNamespacePatternText,
            ["Description"] = "The CloudWatch namespace of the functions' metrics (POWERTOOLS_METRICS_NAMESPACE).",
        },
        [LogLevelParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = LambdaLogLevels.Name(LambdaLogLevel.Info),
            ["AllowedValues"] = new JsonArray([.. LambdaLogLevels.Names.Select(name => (JsonNode)name)]),
            ["Description"] = "Lambda's application log level: records below it are not written (AWS_LAMBDA_LOG_LEVEL).",
        },
        [ExpiryParameter] = new JsonObject
        {
            ["Type"] = "Number",
            ["Default"] = (int)DynamoDbIdempotencyStore.DefaultExpiry.TotalSeconds,
            ["MinValue"] = 1,
            ["MaxValue"] = FunctionSettings.MaxIdempotencyExpirySeconds,
            ["Description"] = "Seconds an Idempotency-Key is remembered by the idempotent functions.",
        },
    };

    private static JsonObject Table() => RetainedTable(new JsonObject
    {
        ["BillingMode"] = EventTableSchema.BillingMode.Value,
        ["AttributeDefinitions"] = new JsonArray([.. EventTableSchema.KeyAttributes.Select(Attribute)]),
        ["KeySchema"] = new JsonArray(Key(EventTableSchema.PartitionKey.Name, KeyType.HASH)),
        ["GlobalSecondaryIndexes"] = new JsonArray([.. EventTableSchema.GlobalIndexes.Select(GlobalIndex)]),
    });

    private static JsonObject IdempotencyRecordsTable() => RetainedTable(new JsonObject
    {
        ["BillingMode"] = IdempotencyTable.BillingMode.Value,
        ["AttributeDefinitions"] = new JsonArray(Attribute(IdempotencyTable.PartitionKey)),
        ["KeySchema"] = new JsonArray(Key(IdempotencyTable.PartitionKey.Name, KeyType.HASH)),
        ["TimeToLiveSpecification"] = new JsonObject
        {
            ["AttributeName"] = IdempotencyTable.ExpiresAtAttribute,
            ["Enabled"] = true,
        },
    });

    /// <summary>A table kept, with point-in-time recovery, when the stack is deleted or the table replaced.</summary>
    private static JsonObject RetainedTable(JsonObject properties)
    {
        properties["PointInTimeRecoverySpecification"] = new JsonObject { ["PointInTimeRecoveryEnabled"] = true };
        return new JsonObject
        {
            ["Type"] = "AWS::DynamoDB::Table",
            ["DeletionPolicy"] = "Retain",
            ["UpdateReplacePolicy"] = "Retain",
            ["Properties"] = properties,
        };
    }

    private static JsonObject Api(FunctionDescriptor[] functions, IReadOnlyList<DocsRoute> docsRoutes, RouteAuthorization auth)
    {
        var api = ApiWithoutAuth(functions, docsRoutes);
        if (SamAuthorization.ApiAuth(auth) is { } apiAuth)
        {
            api["Properties"]!.AsObject()["Auth"] = apiAuth;
        }

        return api;
    }

    private static JsonObject ApiWithoutAuth(FunctionDescriptor[] functions, IReadOnlyList<DocsRoute> docsRoutes) => new()
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
                ["LoggingLevel"] = "ERROR",
                ["DataTraceEnabled"] = false,
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
                ["AllowHeaders"] = Quoted(Annotations.Runtime.CorsPolicy.AllowedRequestHeaders),
                ["MaxAge"] = "'600'",
            },
            ["DefinitionBody"] = SamDocsDefinition.Build(docsRoutes),
            ["MergeDefinitions"] = true,
        },
    };

    private static string Describe(FunctionRuntime runtime) =>
        runtime == FunctionRuntime.Aot ? "Native AOT on provided.al2023" : "managed dotnet10, ReadyToRun, SnapStart";

    private static string DescribeAuth(RouteAuthorization auth) => auth.Mode == AuthorizationMode.None
        ? ""
        : $"; auth {AuthorizationModes.Name(auth.Mode)} on the {(auth.AuthReads ? "reads and writes" : "writes")}, "
          + $"from {SamTemplateCommand.Name} --{SamTemplateCommand.AuthOption} {AuthorizationModes.Name(auth.Mode)}"
          + (auth.AuthReads ? $" --{SamTemplateCommand.AuthReadsOption}" : "");

    private static FunctionRuntime Other(FunctionRuntime runtime) =>
        runtime == FunctionRuntime.Aot ? FunctionRuntime.Managed : FunctionRuntime.Aot;

    private static JsonObject Function(FunctionDescriptor function, FunctionRuntime runtime, RouteAuthorization auth)
    {
        var variables = new JsonObject
        {
            [FunctionSettings.TableNameVariable] = Ref(TableId),
            [CorsPolicy.EnvironmentVariable] = Ref(CorsParameter),
            [ObservabilitySettings.ServiceVariable] = Ref(ServiceParameter),
            [ObservabilitySettings.MetricsNamespaceVariable] = Ref(NamespaceParameter),
        };
        if (function.Idempotent)
        {
            variables[FunctionSettings.IdempotencyTableNameVariable] = Ref(IdempotencyTableId);
            variables[FunctionSettings.IdempotencyExpiryVariable] = Ref(ExpiryParameter);
        }

        foreach (var (name, value) in LambdaRuntimes.VariablesOf(runtime, function))
        {
            variables[name] = value;
        }

        var properties = new JsonObject
        {
            ["Handler"] = LambdaRuntimes.HandlerOf(runtime, function),
            ["Runtime"] = LambdaRuntimes.NameOf(runtime),
            ["Architectures"] = new JsonArray("x86_64"),
            ["CodeUri"] = RepositoryLayout.RelativePublishFolder(runtime, FunctionArchitecture.X86_64),
            ["MemorySize"] = function.MemorySize,
            ["Timeout"] = function.Timeout,
            ["Tracing"] = "Active",
            ["AutoPublishAlias"] = DeploymentNames.AliasName,
        };
        if (LambdaRuntimes.SnapStart(runtime))
        {
            properties["SnapStart"] = new JsonObject { ["ApplyOn"] = "PublishedVersions" };
        }

        properties["LoggingConfig"] = new JsonObject
        {
            ["LogFormat"] = "JSON",
            ["ApplicationLogLevel"] = Ref(LogLevelParameter),
            ["LogGroup"] = Ref(function.Name + "LogGroup"),
        };
        properties["Environment"] = new JsonObject { ["Variables"] = variables };
        properties["Policies"] = new JsonArray(new JsonObject
        {
            ["Version"] = "2012-10-17",
            ["Statement"] = new JsonArray([.. Statements(function)]),
        });
        var apiEvent = new JsonObject
        {
            ["RestApiId"] = Ref(ApiId),
            ["Path"] = function.Path,
            ["Method"] = function.HttpMethod.ToLowerInvariant(),
        };
        if (SamAuthorization.EventAuth(auth, function.HttpMethod) is { } eventAuth)
        {
            apiEvent["Auth"] = eventAuth;
        }

        properties["Events"] = new JsonObject
        {
            ["Api"] = new JsonObject { ["Type"] = "Api", ["Properties"] = apiEvent },
        };
        if (function.Summary is { } summary)
        {
            properties.Insert(0, "Description", summary);
        }

        return new JsonObject { ["Type"] = "AWS::Serverless::Function", ["Properties"] = properties };
    }

    private static IEnumerable<JsonObject> Statements(FunctionDescriptor function)
    {
        foreach (var grant in DynamoDbGrant.For(function.DynamoDbActions))
        {
            var tableArn = GetAtt(TableId, "Arn");
            yield return Statement(grant.Actions, grant.OnIndex
                ? new JsonArray(tableArn, Sub($"${{{TableId}.Arn}}/index/{EventTableSchema.StatusDateIndex.Name}"))
                : new JsonArray(tableArn));
        }

        if (function.Idempotent)
        {
            yield return Statement(DynamoDbIdempotencyStore.DynamoDbActions, new JsonArray(GetAtt(IdempotencyTableId, "Arn")));
        }
    }

    private static JsonObject Statement(IEnumerable<string> actions, JsonArray resources) => new()
    {
        ["Effect"] = "Allow",
        ["Action"] = new JsonArray([.. actions.Select(a => (JsonNode)a)]),
        ["Resource"] = resources,
    };

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
            // Not the managed AmazonAPIGatewayPushToCloudWatchLogs (every resource): its actions on this account's and region's log groups.
            ["Policies"] = new JsonArray(new JsonObject
            {
                ["PolicyName"] = "PushToCloudWatchLogs",
                ["PolicyDocument"] = new JsonObject
                {
                    ["Version"] = "2012-10-17",
                    ["Statement"] = new JsonArray(Statement(ApiGatewayLogging.LogsActions,
                        new JsonArray(Sub("arn:${AWS::Partition}:logs:${AWS::Region}:${AWS::AccountId}:log-group:*")))),
                },
            }),
        },
    };

    // Access and execution logging need the account's API Gateway CloudWatch role (one per account and region).
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

    private static JsonNode Attribute(TableKey key) =>
        new JsonObject { ["AttributeName"] = key.Name, ["AttributeType"] = key.Type.Value };

    private static JsonNode GlobalIndex(GlobalIndexSchema index) => new JsonObject
    {
        ["IndexName"] = index.Name,
        ["KeySchema"] = index.SortKey is null
            ? new JsonArray(Key(index.PartitionKey.Name, KeyType.HASH))
            : new JsonArray(Key(index.PartitionKey.Name, KeyType.HASH), Key(index.SortKey.Name, KeyType.RANGE)),
        ["Projection"] = new JsonObject { ["ProjectionType"] = index.Projection.Value },
    };

    private static JsonObject Key(string name, KeyType type) => new() { ["AttributeName"] = name, ["KeyType"] = type.Value };

    internal static JsonObject Ref(string id) => new() { ["Ref"] = id };

    internal static JsonObject GetAtt(string id, string attribute) => new() { ["Fn::GetAtt"] = new JsonArray(id, attribute) };

    internal static JsonObject Sub(string text) => new() { ["Fn::Sub"] = text };

    /// <summary>A SAM CORS value: a comma-separated list inside single quotes.</summary>
    private static string Quoted(IEnumerable<string> values) => $"'{string.Join(',', values)}'";
}

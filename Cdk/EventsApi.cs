using Amazon.CDK;
using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.Logs;
using Constructs;
using EventFunctions.ApiDocs;

namespace EventFunctions.Cdk;

/// <summary>
/// The REST API: one method per function, each a proxy integration with that function's <c>live</c> alias;
/// the documentation routes, answered by API Gateway itself; stage <c>prod</c> with throttling, access logs and X-Ray;
/// execution logging (errors) for every method; CORS preflight; optionally API keys, an authorizer on the function methods
/// (<see cref="ApiAuthorization"/>) and a WAF web ACL.
/// </summary>
internal sealed class EventsApi : Construct
{
    public EventsApi(
        Construct scope, string id, IReadOnlyList<ApiFunction> functions, IReadOnlyList<DocsRoute> docsRoutes, DeploymentSettings settings)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(functions);
        ArgumentNullException.ThrowIfNull(settings);
        AccessLogs = new LogGroup(this, "AccessLogs", new LogGroupProps
        {
            Retention = RetentionDays.ONE_MONTH,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });

        RestApi = new RestApi(this, "RestApi", new RestApiProps
        {
            RestApiName = DeploymentNames.StackName,
            Description = "Event Management API",
            EndpointTypes = [EndpointType.REGIONAL],
            // Access and execution logging need the account-level API Gateway CloudWatch role: ApiGatewayLogging sets it,
            // without the managed policy CDK's own role would carry.
            CloudWatchRole = false,
            DeployOptions = new StageOptions
            {
                StageName = DeploymentNames.StageName,
                ThrottlingRateLimit = settings.ThrottleRateLimit,
                ThrottlingBurstLimit = settings.ThrottleBurstLimit,
                AccessLogDestination = new LogGroupLogDestination(AccessLogs),
                AccessLogFormat = AccessLogFormat.Custom(AccessLogJson.Format),
                TracingEnabled = true,
                LoggingLevel = MethodLoggingLevel.ERROR,
                DataTraceEnabled = false,
            },
            DefaultCorsPreflightOptions = new CorsOptions
            {
                AllowOrigins = [.. settings.CorsOrigins],
                AllowMethods = [.. functions.Select(f => f.Descriptor.HttpMethod).Append("OPTIONS").Distinct().Order(StringComparer.Ordinal)],
                AllowHeaders = [.. Annotations.Runtime.CorsPolicy.AllowedRequestHeaders],
                MaxAge = Duration.Minutes(10),
            },
            DefaultMethodOptions = new MethodOptions { ApiKeyRequired = settings.ApiKeyRequired },
        });

        NagMetadata.SuppressDefaultChild(RestApi, NagSuppression.ValidationByFunctions);
        Logging = new ApiGatewayLogging(this, "Logging", RestApi);
        Authorization = new ApiAuthorization(this, "Authorization", settings);
        foreach (var function in functions)
        {
            var verb = function.Descriptor.HttpMethod;
            var method = RestApi.Root.ResourceForPath(function.Descriptor.Path).AddMethod(
                verb,
                new LambdaIntegration(function.Alias, new LambdaIntegrationOptions { Proxy = true }),
                Authorization.MethodOptions(function.Descriptor.Name, verb));
            Authorization.Suppress(method, verb);
        }

        DocsMethods.Add(RestApi, docsRoutes);
        if (settings.Waf)
        {
            WebAcl = new ApiWebAcl(this, "Firewall", RestApi, settings.WafRateLimit);
        }

        if (settings.ApiKeyRequired)
        {
            ApiKey = AddUsagePlanWithKey(settings);
        }

        ThresholdAlarm.Add(this, "ServerErrorAlarm",
            RestApi.MetricServerError(new MetricOptions { Period = Duration.Minutes(5), Statistic = Stats.SUM }),
            "The API answered with a 5XX.");
    }

    public RestApi RestApi { get; }

    public LogGroup AccessLogs { get; }

    public IApiKey? ApiKey { get; }

    public ApiGatewayLogging Logging { get; }

    public ApiAuthorization Authorization { get; }

    /// <summary>With <c>waf=true</c>; otherwise <c>null</c>.</summary>
    public ApiWebAcl? WebAcl { get; }

    private IApiKey AddUsagePlanWithKey(DeploymentSettings settings)
    {
        var plan = RestApi.AddUsagePlan("UsagePlan", new UsagePlanProps
        {
            ApiStages = [new UsagePlanPerApiStage { Api = RestApi, Stage = RestApi.DeploymentStage }],
            Throttle = new ThrottleSettings
            {
                RateLimit = settings.ThrottleRateLimit,
                BurstLimit = settings.ThrottleBurstLimit,
            },
        });
        var key = RestApi.AddApiKey("ApiKey");
        plan.AddApiKey(key);
        return key;
    }
}

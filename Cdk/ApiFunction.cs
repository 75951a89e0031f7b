using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.CDK.AWS.IAM;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.Logs;
using Constructs;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using Architecture = Amazon.CDK.AWS.Lambda.Architecture;
using Function = Amazon.CDK.AWS.Lambda.Function;

namespace EventFunctions.Cdk;

/// <summary>
/// One manifest entry as deployed: its own role, log group, function, published version, <c>live</c> alias and
/// alarms. The construct id is the manifest name, so every logical id here starts with it and a change to one
/// function's settings touches only these resources.
/// </summary>
internal sealed class ApiFunction : Construct
{
    /// <summary>Duration alarm threshold as a fraction of the function's timeout.</summary>
    private const double DurationAlarmFractionOfTimeout = 0.8;

    public ApiFunction(Construct scope, FunctionDescriptor descriptor, ApiFunctionProps props)
        : base(scope, descriptor.Name)
    {
        Descriptor = descriptor;
        LogGroup = new LogGroup(this, "LogGroup", new LogGroupProps
        {
            Retention = RetentionDays.ONE_MONTH,
            RemovalPolicy = RemovalPolicy.DESTROY,
        });
        Role = new Role(this, "Role", new RoleProps
        {
            AssumedBy = new ServicePrincipal("lambda.amazonaws.com"),
            Description = $"{descriptor.Name}: its DynamoDB actions, its log group, X-Ray.",
        });
        GrantLeastPrivilege(props.Table, props.IdempotencyTable);

        var runtime = props.Settings.Runtime;
        var variables = new Dictionary<string, string>
        {
            [FunctionSettings.TableNameVariable] = props.Table.Table.TableName,
            [CorsPolicy.EnvironmentVariable] = string.Join(',', props.Settings.CorsOrigins),
            [ObservabilitySettings.ServiceVariable] = props.Settings.ServiceName,
            [ObservabilitySettings.MetricsNamespaceVariable] = props.Settings.MetricsNamespace,
        };
        if (descriptor.Idempotent)
        {
            variables[FunctionSettings.IdempotencyTableNameVariable] = props.IdempotencyTable.Table.TableName;
            if (props.Settings.IdempotencyExpirySeconds is { } seconds)
            {
                variables[FunctionSettings.IdempotencyExpiryVariable] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        foreach (var (name, value) in LambdaRuntimes.VariablesOf(runtime, descriptor))
        {
            variables[name] = value;
        }

        Function = new Function(this, "Function", new FunctionProps
        {
            Description = descriptor.Summary is { Length: > 256 } summary ? summary[..256] : descriptor.Summary,
            Runtime = LambdaRuntimes.Of(runtime),
            Architecture = props.Settings.Architecture == FunctionArchitecture.Arm64 ? Architecture.ARM_64 : Architecture.X86_64,
            Handler = LambdaRuntimes.HandlerOf(runtime, descriptor),
            Code = props.Code,
            MemorySize = descriptor.MemorySize,
            Timeout = Duration.Seconds(descriptor.Timeout),
            Role = Role,
            Tracing = Tracing.ACTIVE,
            LoggingFormat = LoggingFormat.JSON,
            ApplicationLogLevelV2 = ApplicationLogLevelOf(props.Settings.LogLevel),
            LogGroup = LogGroup,
            SnapStart = LambdaRuntimes.SnapStart(runtime) ? SnapStartConf.ON_PUBLISHED_VERSIONS : null,
            Environment = variables,
        });
        // Tracing's X-Ray statement is on the role's default policy now, and it is the one with Resource *.
        NagMetadata.SuppressDefaultChild(Role.Node.FindChild("DefaultPolicy"), NagSuppression.XRayResourceWildcard);
        if (LambdaRuntimes.SnapStart(runtime))
        {
            Amazon.CDK.Annotations.Of(Function).AcknowledgeWarning(
                "@aws-cdk/aws-lambda:snapStartRequirePublish", "Every deployment publishes a version for the live alias.");
        }

        // CurrentVersion's logical id hashes the function's configuration, so a settings change publishes a new
        // version; the alias keeps its logical id, which keeps the API's integrations (and Deployment) unchanged.
        Alias = new Alias(this, "LiveAlias", new AliasProps
        {
            AliasName = DeploymentNames.AliasName,
            Version = Function.CurrentVersion,
        });

        AddAlarms();
    }

    public FunctionDescriptor Descriptor { get; }

    public LogGroup LogGroup { get; }

    public Role Role { get; }

    public Function Function { get; }

    public Alias Alias { get; }

    private static ApplicationLogLevel ApplicationLogLevelOf(LambdaLogLevel level) => level switch
    {
        LambdaLogLevel.Trace => ApplicationLogLevel.TRACE,
        LambdaLogLevel.Debug => ApplicationLogLevel.DEBUG,
        LambdaLogLevel.Info => ApplicationLogLevel.INFO,
        LambdaLogLevel.Warn => ApplicationLogLevel.WARN,
        LambdaLogLevel.Error => ApplicationLogLevel.ERROR,
        _ => ApplicationLogLevel.FATAL,
    };

    private void GrantLeastPrivilege(EventsTable table, IdempotencyRecordsTable idempotencyTable)
    {
        foreach (var grant in DynamoDbGrant.For(Descriptor.DynamoDbActions))
        {
            Role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
            {
                Actions = [.. grant.Actions],
                Resources = grant.OnIndex ? [table.Table.TableArn, table.IndexArn] : [table.Table.TableArn],
            }));
        }

        if (Descriptor.Idempotent)
        {
            Role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
            {
                Actions = [.. DynamoDbIdempotencyStore.DynamoDbActions],
                Resources = [idempotencyTable.Table.TableArn],
            }));
        }

        // Instead of AWSLambdaBasicExecutionRole (logs:* on every group): write to its own log group only.
        // The X-Ray statement is added by the function itself because tracing is active.
        Role.AddToPrincipalPolicy(new PolicyStatement(new PolicyStatementProps
        {
            Actions = ["logs:CreateLogStream", "logs:PutLogEvents"],
            Resources = [LogGroup.LogGroupArn],
        }));
    }

    private void AddAlarms()
    {
        var period = Duration.Minutes(5);
        ThresholdAlarm.Add(this, "ErrorsAlarm",
            Function.MetricErrors(new MetricOptions { Period = period, Statistic = Stats.SUM }),
            $"{Descriptor.Name} threw or timed out.");
        ThresholdAlarm.Add(this, "ThrottlesAlarm",
            Function.MetricThrottles(new MetricOptions { Period = period, Statistic = Stats.SUM }),
            $"{Descriptor.Name} invocations were throttled.");

        var thresholdMs = Math.Round(Descriptor.Timeout * 1000 * DurationAlarmFractionOfTimeout);
        ThresholdAlarm.Add(this, "DurationAlarm",
            Function.MetricDuration(new MetricOptions { Period = period, Statistic = Stats.P(99) }),
            $"{Descriptor.Name} p99 duration reached {DurationAlarmFractionOfTimeout * 100:0}% of its {Descriptor.Timeout} s timeout.",
            thresholdMs);
    }
}

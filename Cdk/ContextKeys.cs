namespace EventFunctions.Cdk;

/// <summary>The <c>-c key=value</c> settings the app reads (see the README's deploy section).</summary>
internal static class ContextKeys
{
    /// <summary><c>aot</c> (default: Native AOT on provided.al2023) or <c>managed</c> (dotnet10, ReadyToRun, SnapStart).</summary>
    public const string Runtime = "runtime";

    /// <summary><c>x86_64</c> (default) or <c>arm64</c>.</summary>
    public const string Architecture = "architecture";

    /// <summary>Comma-separated allowed origins, default <c>*</c>.</summary>
    public const string CorsOrigins = "corsOrigins";

    /// <summary><c>true</c> deletes the tables (events, idempotency records) with the stack; by default they are retained.</summary>
    public const string DestroyTable = "destroyTable";

    /// <summary><c>true</c> makes every route require an API key (a usage plan and one key are created).</summary>
    public const string ApiKeyRequired = "apiKeyRequired";

    /// <summary>Stage-wide steady-state requests per second.</summary>
    public const string ThrottleRateLimit = "throttleRateLimit";

    /// <summary>Stage-wide burst of requests.</summary>
    public const string ThrottleBurstLimit = "throttleBurstLimit";

    /// <summary>
    /// Seconds an Idempotency-Key is remembered, 1 to <see cref="Configuration.FunctionSettings.MaxIdempotencyExpirySeconds"/>;
    /// unset, the functions' default (24 hours).
    /// </summary>
    public const string IdempotencyExpirySeconds = "idempotencyExpirySeconds";

    /// <summary>The <c>service</c> of every log record and metric (<c>POWERTOOLS_SERVICE_NAME</c>).</summary>
    public const string ServiceName = "serviceName";

    /// <summary>The CloudWatch namespace of the functions' metrics (<c>POWERTOOLS_METRICS_NAMESPACE</c>).</summary>
    public const string MetricsNamespace = "metricsNamespace";

    /// <summary>Lambda's application log level (<c>AWS_LAMBDA_LOG_LEVEL</c>): TRACE, DEBUG, INFO (default), WARN, ERROR or FATAL.</summary>
    public const string LogLevel = "logLevel";

    /// <summary>An SNS topic every alarm notifies, on alarm and back to OK.</summary>
    public const string AlarmTopicArn = "alarmTopicArn";

    /// <summary>
    /// Who may call the API: <c>none</c> (default), <c>cognito</c> (a user pool authorizer) or <c>iam</c> (AWS_IAM), on the
    /// methods <see cref="Annotations.Authorization.RouteAuthorization"/> selects.
    /// </summary>
    public const string Auth = "auth";

    /// <summary><c>true</c>: the reads need the authorizer too (only with <see cref="Auth"/> other than <c>none</c>).</summary>
    public const string AuthReads = "authReads";

    /// <summary>An existing Cognito user pool's ARN for <c>auth=cognito</c>; unset, the stack creates a pool and an app client.</summary>
    public const string UserPoolArn = "userPoolArn";

    /// <summary><c>true</c> puts an AWS WAF web ACL in front of the stage.</summary>
    public const string Waf = "waf";

    /// <summary>The web ACL's rate-based rule: requests per 5 minutes from one IP address before it is blocked.</summary>
    public const string WafRateLimit = "wafRateLimit";

    /// <summary>A folder holding the already published functions; when absent the app publishes them.</summary>
    public const string FunctionsAsset = "functionsAsset";
}

using EventFunctions.Annotations.Observability;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.Observability;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>The functions' own configuration, as our CDK stack sets it, for every execution environment.</summary>
internal static class FunctionEnvironment
{
    /// <summary>What the AWS SDK reads credentials from: passed on when an external DynamoDB uses the caller's.</summary>
    private static readonly string[] CallerCredentialVariables =
    [
        "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE",
        "AWS_SHARED_CREDENTIALS_FILE", "AWS_CONFIG_FILE", "HOME",
    ];

    /// <summary>
    /// The functions' configuration plus what the AWS SDK needs. With the gateway's own dynalite, credentials are
    /// fake ones; with an external endpoint, the caller's own are kept and fake ones fill in only when there are none.
    /// </summary>
    public static Dictionary<string, string> Variables(
        GatewayOptions options, Uri dynamoDbEndpoint, bool ownDynamo, Func<string, string?> current)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(dynamoDbEndpoint);
        ArgumentNullException.ThrowIfNull(current);
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [FunctionSettings.TableNameVariable] = options.TableName,
            [FunctionSettings.IdempotencyTableNameVariable] = options.IdempotencyTableName,
            [FunctionSettings.EndpointVariables[0]] = dynamoDbEndpoint.ToString(),
            [CorsPolicy.EnvironmentVariable] = string.Join(',', options.CorsAllowedOrigins),
            [ObservabilitySettings.ServiceVariable] = EventMetrics.DefaultServiceName,
            [ObservabilitySettings.MetricsNamespaceVariable] = EventMetrics.DefaultServiceName,
            ["AWS_REGION"] = string.IsNullOrWhiteSpace(current("AWS_REGION")) ? LocalAccount.Region : current("AWS_REGION")!,
        };
        var hasCredentials = !string.IsNullOrWhiteSpace(current("AWS_ACCESS_KEY_ID"))
            || !string.IsNullOrWhiteSpace(current("AWS_PROFILE"));
        if (ownDynamo || !hasCredentials)
        {
            variables["AWS_ACCESS_KEY_ID"] = LocalAccount.AccessKeyId;
            variables["AWS_SECRET_ACCESS_KEY"] = LocalAccount.SecretAccessKey;
            variables["AWS_EC2_METADATA_DISABLED"] = "true";
        }
        else
        {
            // Lambda hands a function its role's credentials in variables; here the caller's stand in for them.
            foreach (var name in CallerCredentialVariables)
            {
                if (current(name) is { Length: > 0 } value)
                {
                    variables[name] = value;
                }
            }
        }

        return variables;
    }
}

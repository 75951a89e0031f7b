using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// The environment Lambda would give the functions, set in this process just before their INIT. Variables are
/// process-wide and every function reads them once, in INIT, so gateways sharing a process (tests) take turns.
/// </summary>
internal static class FunctionEnvironment
{
    private static readonly Lock Turn = new();

    public static IReadOnlyList<LambdaFunction> Initialize(
        IReadOnlyList<ResolvedHandler> handlers, IReadOnlyDictionary<string, string> variables)
    {
        ArgumentNullException.ThrowIfNull(handlers);
        ArgumentNullException.ThrowIfNull(variables);
        lock (Turn)
        {
            foreach (var (name, value) in variables)
            {
                Environment.SetEnvironmentVariable(name, value);
            }

            return [.. handlers.Select(handler => handler.Initialize())];
        }
    }

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
            [FunctionSettings.EndpointVariables[0]] = dynamoDbEndpoint.ToString(),
            [CorsPolicy.EnvironmentVariable] = string.Join(',', options.CorsAllowedOrigins),
            ["AWS_REGION"] = string.IsNullOrWhiteSpace(current("AWS_REGION")) ? LocalAccount.Region : current("AWS_REGION")!,
        };
        var hasCredentials = !string.IsNullOrWhiteSpace(current("AWS_ACCESS_KEY_ID"))
            || !string.IsNullOrWhiteSpace(current("AWS_PROFILE"));
        if (ownDynamo || !hasCredentials)
        {
            variables["AWS_ACCESS_KEY_ID"] = "local";
            variables["AWS_SECRET_ACCESS_KEY"] = "local";
            variables["AWS_EC2_METADATA_DISABLED"] = "true";
        }

        return variables;
    }
}

using EventFunctions.Annotations.Authorization;
using EventFunctions.ApiDocs;
using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>What the command prints once the gateway listens: where everything is.</summary>
internal static class GatewayBanner
{
    public const string ApiBaseLabel = "API base:";

    private static readonly string[] MethodOrder = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    public static void Write(TextWriter output, LocalGatewayServer gateway)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(gateway);
        var root = gateway.BaseAddress.ToString().TrimEnd('/');
        output.WriteLine("EventFunctions LocalGateway is running.");
        output.WriteLine($"  {ApiBaseLabel,-12}{root}   (stage {LocalAccount.Stage}, served at the root)");
        var routes = gateway.Functions
            .OrderBy(f => f.Descriptor.Path, StringComparer.Ordinal)
            .ThenBy(f => MethodRank(f.Descriptor.HttpMethod));
        foreach (var function in routes)
        {
            output.WriteLine($"      {function.Descriptor.HttpMethod,-7}{function.Descriptor.Path,-22}{function.Name}");
        }

        output.WriteLine($"  {"Docs:",-12}{root}{ApiDocument.SwaggerUiPath}   (ReDoc: {root}{ApiDocument.RedocPath})");
        output.WriteLine($"  {"OpenAPI:",-12}{root}{ApiDocument.OpenApiPath}");
        var example = gateway.Functions.FirstOrDefault(f => f.Name == "GetEvent") ?? (gateway.Functions.Count > 0 ? gateway.Functions[0] : null);
        output.WriteLine($"  {"Lambda API:",-12}{root}   e.g. aws lambda invoke --endpoint-url {root} "
            + $"--function-name {example?.Name ?? "NAME"} --payload fileb://events-samples/get-event.json out.json");
        var modes = string.Join(", ", gateway.Functions.GroupBy(f => f.Mode).Select(g =>
            g.Count() == gateway.Functions.Count ? Lambda.RuntimeModes.Name(g.Key) : $"{Lambda.RuntimeModes.Name(g.Key)} ({string.Join(' ', g.Select(f => f.Name))})"));
        var cap = gateway.Functions.Count > 0 ? gateway.Functions[0].MaxEnvironments : 0;
        output.WriteLine($"  {"Runtime:",-12}{modes} mode; one process per concurrent invocation, up to {cap} per function");
        if (gateway.Watching)
        {
            output.WriteLine($"  {"Watch:",-12}a source change rebuilds the functions and replaces idle environments");
        }

        output.WriteLine($"  {"Logs:",-12}{LogsLine(gateway)}");
        if (gateway.XRayDaemonAddress is { } xray)
        {
            output.WriteLine($"  {"X-Ray:",-12}a local daemon on {xray}; the DynamoDB subsegments the functions send are printed as [X-Ray]");
        }
        WriteAuthorization(output, gateway, root);
        var dynamo = gateway.OwnsDynamoDb ? "dynalite, in memory, stops with the gateway" : "external";
        output.WriteLine($"  {"DynamoDB:",-12}{gateway.DynamoDbEndpoint.ToString().TrimEnd('/')}   ({dynamo}), table {gateway.TableName}");
        output.WriteLine("Press Ctrl+C to stop.");
        output.Flush();
    }

    /// <summary>With an authorizer: which methods it guards, and how to get past it.</summary>
    private static void WriteAuthorization(TextWriter output, LocalGatewayServer gateway, string root)
    {
        var rule = gateway.Authorization;
        if (rule.Mode == AuthorizationMode.None)
        {
            return;
        }

        var guarded = string.Join(' ', gateway.Functions
            .Select(f => f.Descriptor.HttpMethod.ToUpperInvariant())
            .Where(rule.IsAuthorized)
            .Distinct()
            .OrderBy(MethodRank));
        var reads = rule.AuthReads ? "reads too" : "reads open";
        output.WriteLine($"  {"Auth:",-12}{AuthorizationModes.Name(rule.Mode)} on {guarded} ({reads}; the CORS preflight is always open)");
        if (rule.Mode == AuthorizationMode.Cognito)
        {
            output.WriteLine($"  {string.Empty,-12}ID tokens of user pool {LocalAccount.UserPoolId}, app client {LocalAccount.AppClientId}; keys at {root}{LocalUserPool.JwksPath}");
            output.WriteLine($"  {string.Empty,-12}TOKEN=$(dotnet run --project LocalGateway -- token --user alice --port {gateway.BaseAddress.Port}); curl -H \"Authorization: $TOKEN\" ...");
        }
        else
        {
            output.WriteLine($"  {string.Empty,-12}SigV4, service {SigV4Verifier.Service}, region {LocalAccount.Region}, credentials {LocalAccount.AccessKeyId}/{LocalAccount.SecretAccessKey}; "
                + $"curl --aws-sigv4 \"aws:amz:{LocalAccount.Region}:{SigV4Verifier.Service}\" --user {LocalAccount.AccessKeyId}:{LocalAccount.SecretAccessKey} ...");
        }
    }

    /// <summary><c>JSON format, application log level ERROR, pretty-printed on this console</c>.</summary>
    private static string LogsLine(LocalGatewayServer gateway)
    {
        var line = $"{Lambda.LogFormats.Name(gateway.Logging.Format)} format";
        if (gateway.Logging.ApplicationLogLevelName is { } level)
        {
            line += $", application log level {level}";
        }

        return gateway.PrettyLogs ? line + ", JSON lines indented on this console (--log-type Tail as written)" : line;
    }

    private static int MethodRank(string method)
    {
        var rank = Array.IndexOf(MethodOrder, method.ToUpperInvariant());
        return rank < 0 ? MethodOrder.Length : rank;
    }
}

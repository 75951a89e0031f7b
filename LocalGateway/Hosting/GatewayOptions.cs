using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>How to run the gateway: where it listens, which DynamoDB and table, which functions.</summary>
internal sealed record GatewayOptions
{
    public const int DefaultPort = 5080;

    public const string DefaultTableName = "events";

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    public string TableName { get; init; } = DefaultTableName;

    /// <summary>An external DynamoDB endpoint; when <c>null</c> the gateway starts (and stops) its own dynalite.</summary>
    public Uri? DynamoDbEndpoint { get; init; }

    /// <summary>The functions' <c>CORS_ALLOWED_ORIGINS</c>, which the CORS preflight follows too.</summary>
    public IReadOnlyList<string> CorsAllowedOrigins { get; init; } = ["*"];

    /// <summary>The functions to serve; <c>null</c> reads the manifest compiled into the functions assembly.</summary>
    public FunctionManifest? Manifest { get; init; }
}

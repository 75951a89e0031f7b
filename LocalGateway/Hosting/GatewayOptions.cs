using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Configuration;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>How to run the gateway: where it listens, which DynamoDB and table, which functions.</summary>
internal sealed record GatewayOptions
{
    public const int DefaultPort = 5080;

    public const string DefaultTableName = "events";

    /// <summary>The port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; init; } = DefaultPort;

    public string TableName { get; init; } = DefaultTableName;

    /// <summary>The functions' idempotency records: the events table's name with <c>-idempotency</c>, as the functions default to.</summary>
    public string IdempotencyTableName => new FunctionSettings(TableName, null).IdempotencyTableName;

    /// <summary>An external DynamoDB endpoint; when <c>null</c> the gateway starts (and stops) its own dynalite.</summary>
    public Uri? DynamoDbEndpoint { get; init; }

    /// <summary>The functions' <c>CORS_ALLOWED_ORIGINS</c>, which the CORS preflight follows too.</summary>
    public IReadOnlyList<string> CorsAllowedOrigins { get; init; } = ["*"];

    /// <summary>The functions to serve; <c>null</c> reads the manifest compiled into the functions assembly.</summary>
    public FunctionManifest? Manifest { get; init; }

    /// <summary>
    /// The build output holding the manifest's assembly (with its deps.json and runtimeconfig.json); <c>null</c> is the
    /// Functions project's output the gateway was built with.
    /// </summary>
    public string? FunctionsFolder { get; init; }

    /// <summary>
    /// The Native AOT publish output (the folder holding <c>bootstrap</c>) for functions in <see cref="RuntimeMode.Aot"/>;
    /// <c>null</c> is <c>artifacts/lambda/aot-x86_64</c> of the repository the gateway was built from.
    /// </summary>
    public string? AotFolder { get; init; }

    /// <summary>How the environments run the code: every function's mode, unless <see cref="ModeOverrides"/> names it.</summary>
    public RuntimeMode Mode { get; init; } = RuntimeMode.Executable;

    /// <summary>Per-function runtime modes, by function name.</summary>
    public IReadOnlyDictionary<string, RuntimeMode> ModeOverrides { get; init; } = new Dictionary<string, RuntimeMode>();

    /// <summary>The most execution environments one function may have at once; invocations above it are throttled.</summary>
    public int MaxEnvironments { get; init; } = DefaultMaxEnvironments;

    public const int DefaultMaxEnvironments = 10;

    /// <summary>Which methods an authorizer guards and which kind (<c>--auth</c>, <c>--auth-reads</c>); by default none.</summary>
    public RouteAuthorization Authorization { get; init; } = RouteAuthorization.Open;

    /// <summary>Rebuild on source changes and replace idle environments; <c>null</c> serves the code it started with.</summary>
    public WatchOptions? Watch { get; init; }

    /// <summary>Where the gateway prints the functions' logs.</summary>
    public LogConsole? LogConsole { get; init; }

    /// <summary>Every function's LoggingConfig: its log format (JSON unless told otherwise) and application log level.</summary>
    public LoggingConfig Logging { get; init; } = LoggingConfig.Default;

    /// <summary>Print JSON log lines indented on the console (<c>--pretty-logs</c>); the Tail and the lines stay as written.</summary>
    public bool PrettyLogs { get; init; }

    /// <summary>Run a local X-Ray daemon and print the subsegments the functions send it (<c>--xray</c>).</summary>
    public bool XRay { get; init; }

    public RuntimeMode ModeOf(string function) => ModeOverrides.TryGetValue(function, out var mode) ? mode : Mode;
}

/// <summary>What watch mode watches, and how it rebuilds the code it then deploys.</summary>
/// <param name="SourceFolders">Folders whose files trigger a rebuild (bin and obj below them are ignored).</param>
/// <param name="BuildCommand">The program and arguments that rebuild <see cref="GatewayOptions.FunctionsFolder"/>.</param>
internal sealed record WatchOptions(IReadOnlyList<string> SourceFolders, IReadOnlyList<string> BuildCommand);

using System.Globalization;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Observability;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>Reads <see cref="GatewayOptions"/> from flags (<c>--port 0</c> or <c>--port=0</c>), then variables, then defaults.</summary>
internal static class GatewayCommandLine
{
    public const string Usage = """
        Runs the Event Management API locally: API Gateway + Lambda emulator on 127.0.0.1, with dynalite.

        Usage: bash scripts/start.sh [options]
               dotnet run --project LocalGateway -- [options]

          --port N                 port on 127.0.0.1; 0 picks a free one      env PORT (default 5080)
          --table NAME             events table, created with its index       env EVENTS_TABLE_NAME (default events)
          --dynamodb-endpoint URL  use this DynamoDB instead of own dynalite   env EVENTS_DYNAMODB_ENDPOINT
          --cors-origins LIST      comma-separated allowed origins            env CORS_ALLOWED_ORIGINS (default *)
          --mode MODES             executable, managed or aot, for every function; env RUNTIME_MODE (default executable)
                                   or per function: --mode managed,GetEvent=aot
          --max-environments N     execution environments per function;      env MAX_ENVIRONMENTS (default 10)
                                   a synchronous invocation above it is throttled (Lambda's 429; 500 through REST)
          --functions-folder DIR   the functions' build output to run        env FUNCTIONS_FOLDER (default: the build's)
          --aot-folder DIR         the Native AOT bootstrap's folder         env AOT_FOLDER (default artifacts/lambda/aot-x86_64)
          --log-format FORMAT      JSON or Text: the functions' LogFormat    env LOG_FORMAT (default JSON, as deployed)
          --log-level LEVEL        application log level (JSON only): TRACE, DEBUG, INFO, WARN, ERROR or FATAL;
                                   the environments' AWS_LAMBDA_LOG_LEVEL     env LOG_LEVEL (default: not set, so INFO)
          --pretty-logs            print JSON log lines indented on this console (Tail unchanged); env PRETTY_LOGS=true
          --xray                   run a local X-Ray daemon and print the subsegments it gets     env XRAY=true
          --watch                  rebuild the functions on a source change and replace idle environments
          --auth MODE              none, cognito (ID tokens of a local user pool) or iam (SigV4 with the local
                                   credentials) on the writes                env AUTH (default none)
          --auth-reads             the reads (GET) need it too               env AUTH_READS=true
          -h, --help               show this help

        A token for --auth cognito: dotnet run --project LocalGateway -- token --user NAME [--groups A,B]
                                    [--email ADDRESS] [--expires-in SECONDS] [--port N]

        Ctrl+C or SIGTERM stops the gateway, every execution environment and the dynalite it started.
        """;

    private static readonly Dictionary<string, string> FlagVariables = new(StringComparer.Ordinal)
    {
        ["--port"] = "PORT",
        ["--table"] = "EVENTS_TABLE_NAME",
        ["--dynamodb-endpoint"] = "EVENTS_DYNAMODB_ENDPOINT",
        ["--cors-origins"] = "CORS_ALLOWED_ORIGINS",
        ["--mode"] = "RUNTIME_MODE",
        ["--max-environments"] = "MAX_ENVIRONMENTS",
        ["--functions-folder"] = "FUNCTIONS_FOLDER",
        ["--aot-folder"] = "AOT_FOLDER",
        ["--log-format"] = "LOG_FORMAT",
        ["--log-level"] = "LOG_LEVEL",
        [PrettyLogsFlag] = "PRETTY_LOGS",
        [XRayFlag] = "XRAY",
        [WatchFlag] = "WATCH",
        ["--auth"] = "AUTH",
        [AuthReadsFlag] = "AUTH_READS",
    };

    private const string WatchFlag = "--watch";

    private const string PrettyLogsFlag = "--pretty-logs";
    private const string XRayFlag = "--xray";

    private const string AuthReadsFlag = "--auth-reads";

    private static readonly string LogLevels = string.Join(", ", LambdaLogLevels.Names);

    /// <summary>Flags that take no value: present means on.</summary>
    private static readonly HashSet<string> Switches = new(StringComparer.Ordinal) { WatchFlag, PrettyLogsFlag, XRayFlag, AuthReadsFlag };

    public static bool IsHelp(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return args.Any(a => a is "-h" or "--help");
    }

    /// <exception cref="FormatException">An unknown flag, a flag without a value, or a bad value.</exception>
    public static GatewayOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var flags = ReadFlags(args);
        string? Value(string flag) =>
            flags.TryGetValue(flag, out var value) ? value : NullIfBlank(environment(FlagVariables[flag]));

        var options = new GatewayOptions();
        if (Value("--port") is { } port)
        {
            options = options with { Port = ParsePort(port) };
        }

        if (Value("--table") is { } table)
        {
            options = options with { TableName = ParseTableName(table) };
        }

        if (Value("--dynamodb-endpoint") is { } endpoint)
        {
            options = options with { DynamoDbEndpoint = ParseEndpoint(endpoint) };
        }

        if (Value("--cors-origins") is { } origins)
        {
            options = options with
            {
                CorsAllowedOrigins = [.. origins.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)],
            };
        }

        if (Value("--mode") is { } modes)
        {
            options = ParseModes(options, modes);
        }

        if (Value("--max-environments") is { } max)
        {
            options = options with { MaxEnvironments = ParseMaxEnvironments(max) };
        }

        if (Value("--functions-folder") is { } folder)
        {
            options = options with { FunctionsFolder = Path.GetFullPath(folder) };
        }

        if (Value("--aot-folder") is { } aotFolder)
        {
            options = options with { AotFolder = Path.GetFullPath(aotFolder) };
        }

        if (Value(WatchFlag) is "true" or "1")
        {
            options = options with { Watch = WatchDefaults.ForFunctionsProject() };
        }

        options = options with { Logging = ParseLogging(Value("--log-format"), Value("--log-level")) };
        if (Value(PrettyLogsFlag) is "true" or "1")
        {
            options = options with { PrettyLogs = true };
        }

        if (Value(XRayFlag) is "true" or "1")
        {
            options = options with { XRay = true };
        }

        return options with { Authorization = ParseAuthorization(Value("--auth"), Value(AuthReadsFlag)) };
    }

    private static LoggingConfig ParseLogging(string? formatText, string? levelText)
    {
        var format = LoggingConfig.Default.Format;
        if (formatText is not null && !LogFormats.TryParse(formatText, out format))
        {
            throw new FormatException($"'{formatText}' is not a log format ({LogFormats.All}).");
        }

        if (levelText is null)
        {
            return new LoggingConfig(format);
        }

        if (!LambdaLogLevels.TryParse(levelText, out var level))
        {
            throw new FormatException($"'{levelText}' is not a log level ({LogLevels}).");
        }

        return format == LogFormat.Json
            ? new LoggingConfig(format, level)
            : throw new FormatException("--log-level needs --log-format JSON: Lambda applies an application log level to JSON logs only.");
    }

    private static GatewayOptions ParseModes(GatewayOptions options, string text)
    {
        var overrides = new Dictionary<string, RuntimeMode>(StringComparer.Ordinal);
        foreach (var entry in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var (function, modeName) = entry.Split('=', 2) is [var name, var value] ? (name, value) : (null, entry);
            if (!RuntimeModes.TryParse(modeName, out var mode))
            {
                throw new FormatException($"'{modeName}' is not a runtime mode ({RuntimeModes.All}).");
            }

            if (function is null)
            {
                options = options with { Mode = mode };
            }
            else
            {
                overrides[function] = mode;
            }
        }

        return options with { ModeOverrides = overrides };
    }

    private static int ParseMaxEnvironments(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var max) && max is >= 1 and <= 1000
            ? max
            : throw new FormatException($"'{text}' is not a number of environments (1-1000).");

    private static Dictionary<string, string> ReadFlags(IReadOnlyList<string> args)
    {
        var flags = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var (flag, value) = args[i].Split('=', 2) is [var name, var inline] ? (name, inline) : (args[i], null);
            if (!FlagVariables.ContainsKey(flag))
            {
                throw new FormatException($"Unknown option '{args[i]}'. Try --help.");
            }

            if (value is null && Switches.Contains(flag))
            {
                value = "true";
            }
            else if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    throw new FormatException($"Option '{flag}' needs a value.");
                }

                value = args[++i];
            }

            flags[flag] = value;
        }

        return flags;
    }

    private static RouteAuthorization ParseAuthorization(string? modeText, string? authReadsText)
    {
        var mode = AuthorizationMode.None;
        if (modeText is not null && !AuthorizationModes.TryParse(modeText, out mode))
        {
            throw new FormatException($"'{modeText}' is not an authorization mode for --auth ({AuthorizationModes.All}).");
        }

        var authReads = authReadsText switch
        {
            null or "false" or "0" => false,
            "true" or "1" => true,
            _ => throw new FormatException($"'{authReadsText}' is not true or false for --auth-reads (AUTH_READS)."),
        };
        return authReads && mode == AuthorizationMode.None
            ? throw new FormatException("--auth-reads needs --auth cognito or --auth iam.")
            : new RouteAuthorization(mode, authReads);
    }

    /// <summary>A port for <c>--port</c>: 0-65535.</summary>
    public static int ParsePort(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new FormatException($"'{text}' is not a port (0-65535; 0 picks a free one).");

    private static string ParseTableName(string text) =>
        text.Length is >= 3 and <= 255 && text.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.')
            ? text
            : throw new FormatException($"'{text}' is not a DynamoDB table name (3-255 characters of a-z, A-Z, 0-9, '_', '-', '.').");

    private static Uri ParseEndpoint(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new FormatException($"'{text}' is not an http(s) URL for --dynamodb-endpoint.");

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

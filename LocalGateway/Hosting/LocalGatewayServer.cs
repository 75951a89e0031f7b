using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Annotations.Observability;
using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.RestApi;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// A running gateway. <see cref="StartAsync"/> resolves every handler string first (a wrong one fails before
/// anything starts), deploys a private copy of the functions' build output, starts dynalite unless given an endpoint,
/// creates the table and listens. Execution environments start on demand, one per concurrent invocation. Disposing
/// stops the server, every environment, and the dynalite it started.
/// </summary>
internal sealed class LocalGatewayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DynaliteServer? dynalite;
    private readonly FunctionRegistry registry;
    private readonly WorkFolder work;
    private readonly CodeWatcher? watcher;
    private readonly CognitoSigningKey? signingKey;
    private readonly LocalXRayDaemon? xray;
    private bool disposed;

    private LocalGatewayServer(
        WebApplication app, DynaliteServer? dynalite, Uri dynamoDbEndpoint, string tableName, FunctionRegistry functions,
        WorkFolder work, CodeWatcher? watcher, GatewayOptions options, CognitoSigningKey? signingKey, LocalXRayDaemon? xray)
    {
        this.app = app;
        this.signingKey = signingKey;
        this.xray = xray;
        XRayDaemonAddress = xray?.Address;
        Authorization = options.Authorization;
        Logging = options.Logging;
        PrettyLogs = options.PrettyLogs;
        this.dynalite = dynalite;
        registry = functions;
        this.work = work;
        this.watcher = watcher;
        DynamoDbEndpoint = dynamoDbEndpoint;
        TableName = tableName;
        Functions = functions.All;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>The local X-Ray daemon's address (<c>--xray</c>), or null.</summary>
    public string? XRayDaemonAddress { get; }

    /// <summary>Where the gateway listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri DynamoDbEndpoint { get; }

    /// <summary>Whether the gateway started dynalite itself (and stops it on dispose).</summary>
    public bool OwnsDynamoDb => dynalite is not null;

    public string TableName { get; }

    public IReadOnlyList<LambdaFunction> Functions { get; }

    /// <summary>Which methods need a token or a signature, and which.</summary>
    public RouteAuthorization Authorization { get; }

    /// <summary>Whether watch mode rebuilds and redeploys the functions on a source change.</summary>
    public bool Watching => watcher is not null;

    /// <summary>The functions' LoggingConfig.</summary>
    public LoggingConfig Logging { get; }

    /// <summary>Whether the console shows JSON log lines indented.</summary>
    public bool PrettyLogs { get; }

    /// <exception cref="GatewayStartupException">A handler, the DynamoDB endpoint or the port is unusable.</exception>
    public static async Task<LocalGatewayServer> StartAsync(GatewayOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var manifest = options.Manifest ?? FunctionsAssembly.LoadManifest();
        // Managed mode runs the handler strings: a wrong one fails here, naming it, not on the first invocation.
        foreach (var function in manifest.Functions.Where(f => options.ModeOf(f.Name) == RuntimeMode.Managed))
        {
            ResolveHandler(function);
        }

        var modes = manifest.Functions.Select(f => options.ModeOf(f.Name)).ToHashSet();
        var buildOutput = modes.Any(m => m != RuntimeMode.Aot) ? options.FunctionsFolder ?? FunctionsAssembly.BuildOutputFolder : null;
        if (buildOutput is not null && !File.Exists(Path.Combine(buildOutput, manifest.Assembly + ".dll")))
        {
            throw new GatewayStartupException(
                $"The functions folder '{buildOutput}' has no {manifest.Assembly}.dll; build the functions or pass --functions-folder.");
        }

        var aotOutput = modes.Contains(RuntimeMode.Aot) ? options.AotFolder ?? FunctionsAssembly.AotPublishFolder : null;
        if (aotOutput is not null && !File.Exists(Path.Combine(aotOutput, EnvironmentCommand.BootstrapFile)))
        {
            throw new GatewayStartupException(
                $"The AOT folder '{aotOutput}' has no {EnvironmentCommand.BootstrapFile}; run 'bash scripts/publish-aot.sh' or pass --aot-folder.");
        }

        // The built document describes the functions the gateway was built with; other manifests (tests) get none.
        var docs = options.Manifest is null ? ApiDocsSite.Load() : null;
        var work = WorkFolder.Create();
        DynaliteServer? dynalite = null;
        WebApplication? app = null;
        FunctionRegistry? functions = null;
        CodeWatcher? watcher = null;
        CognitoSigningKey? signingKey = null;
        LocalXRayDaemon? xray = null;
        try
        {
            signingKey = options.Authorization.Mode == AuthorizationMode.Cognito ? LoadSigningKey() : null;
            dynalite = options.DynamoDbEndpoint is null ? await StartDynaliteAsync(cancellationToken) : null;
            var endpoint = options.DynamoDbEndpoint ?? new Uri(dynalite!.ServiceUrl);
            var variables = FunctionEnvironment.Variables(options, endpoint, ownDynamo: dynalite is not null, Environment.GetEnvironmentVariable);
            var code = buildOutput is null ? null : FunctionCode.Deploy(buildOutput, work.Path, version: 1);
            var aotCode = aotOutput is null ? null : FunctionCode.Deploy(aotOutput, work.Path, version: 1, name: "aot");
            var console = options.LogConsole ?? LogConsole.Standard;
            if (options.PrettyLogs)
            {
                console = console.WithIndentedJson();
            }

            if (options.XRay)
            {
                xray = new LocalXRayDaemon(console);
                // Lambda names its daemon in this variable when tracing is active; the gateway's traces are all sampled.
                variables[XRayDaemon.AddressVariable] = xray.Address;
            }

            functions = new FunctionRegistry([.. manifest.Functions.Select(function =>
            {
                var mode = options.ModeOf(function.Name);
                var settings = new EnvironmentSettings(
                    function, mode, manifest.Assembly, mode == RuntimeMode.Aot ? aotCode! : code!, variables, work.Path, console,
                    Logging: options.Logging);
                return new LambdaFunction(settings, options.MaxEnvironments);
            })]);
            var resources = new ResourceTable(functions.All);
            await EventsTableSetup.EnsureAsync(options.TableName, options.IdempotencyTableName, endpoint, variables, cancellationToken);
            app = GatewayApplication.Build(options, functions, resources, docs, signingKey);
            await ListenAsync(app, options.Port, cancellationToken);
            watcher = options.Watch is { } watch && buildOutput is not null ? CodeWatcher.Start(watch, buildOutput, work.Path, functions, console) : null;
            return new LocalGatewayServer(app, dynalite, endpoint, options.TableName, functions, work, watcher, options, signingKey, xray);
        }
        catch
        {
            watcher?.Dispose();
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (functions is not null)
            {
                await functions.DisposeAsync();
            }

            dynalite?.Dispose();
            signingKey?.Dispose();
            if (xray is not null)
            {
                await xray.DisposeAsync();
            }

            work.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (disposed)
        {
            return;
        }

        disposed = true;
        try
        {
            watcher?.Dispose();
            await app.StopAsync();
            await app.DisposeAsync();
        }
        finally
        {
            // Every environment the gateway started stops with it, by its PID.
            await registry.DisposeAsync();
            dynalite?.Dispose();
            signingKey?.Dispose();
            if (xray is not null)
            {
                await xray.DisposeAsync();
            }

            work.Dispose();
        }
    }

    private static CognitoSigningKey LoadSigningKey()
    {
        try
        {
            return CognitoSigningKey.LoadOrCreate(CognitoSigningKey.DefaultPath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new GatewayStartupException(
                $"Cannot read or create the local user pool's signing key '{CognitoSigningKey.DefaultPath}': {exception.Message}", exception);
        }
    }

    private static async Task<DynaliteServer> StartDynaliteAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await DynaliteServer.StartAsync(cancellationToken);
        }
        catch (InvalidOperationException exception)
        {
            throw new GatewayStartupException($"Could not start dynalite: {exception.Message}", exception);
        }
    }

    private static async Task ListenAsync(WebApplication app, int port, CancellationToken cancellationToken)
    {
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch (IOException exception)
        {
            throw new GatewayStartupException(
                $"Cannot listen on 127.0.0.1:{port} ({exception.Message}). Choose another port with --port or PORT; 0 picks a free one.",
                exception);
        }
    }

    /// <summary>Resolves a handler string as the managed runtime does (ManagedRuntime's resolver); a wrong one stops the start.</summary>
    private static void ResolveHandler(FunctionDescriptor function)
    {
        try
        {
            ManagedRuntime.HandlerResolver.Resolve(function.Handler, System.Reflection.Assembly.Load);
        }
        catch (ManagedRuntime.HandlerResolutionException exception)
        {
            throw new GatewayStartupException(
                $"Function '{function.Name}' has an invalid handler '{function.Handler}': {exception.Message}", exception);
        }
    }
}

using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.OpenApi;
using EventFunctions.LocalGateway.RestApi;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// A running gateway. <see cref="StartAsync"/> resolves every handler string first (a wrong one fails before
/// anything starts), then starts dynalite unless given an endpoint, runs the functions' INIT, creates the table
/// and listens. Disposing stops the server and the dynalite it started.
/// </summary>
internal sealed class LocalGatewayServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly DynaliteServer? dynalite;
    private bool disposed;

    private LocalGatewayServer(
        WebApplication app, DynaliteServer? dynalite, Uri dynamoDbEndpoint, string tableName, FunctionRegistry functions)
    {
        this.app = app;
        this.dynalite = dynalite;
        DynamoDbEndpoint = dynamoDbEndpoint;
        TableName = tableName;
        Functions = functions.All;
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address);
    }

    /// <summary>Where the gateway listens, e.g. <c>http://127.0.0.1:5080/</c>.</summary>
    public Uri BaseAddress { get; }

    public Uri DynamoDbEndpoint { get; }

    /// <summary>Whether the gateway started dynalite itself (and stops it on dispose).</summary>
    public bool OwnsDynamoDb => dynalite is not null;

    public string TableName { get; }

    public IReadOnlyList<LambdaFunction> Functions { get; }

    /// <exception cref="GatewayStartupException">A handler, the DynamoDB endpoint or the port is unusable.</exception>
    public static async Task<LocalGatewayServer> StartAsync(GatewayOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var manifest = options.Manifest ?? FunctionsAssembly.LoadManifest();
        var handlers = manifest.Functions.Select(ResolveHandler).ToList();
        var openApiJson = await DescribeAsync(manifest);

        DynaliteServer? dynalite = null;
        WebApplication? app = null;
        try
        {
            dynalite = options.DynamoDbEndpoint is null ? await StartDynaliteAsync(cancellationToken) : null;
            var endpoint = options.DynamoDbEndpoint ?? new Uri(dynalite!.ServiceUrl);
            var variables = FunctionEnvironment.Variables(options, endpoint, ownDynamo: dynalite is not null, Environment.GetEnvironmentVariable);
            var functions = new FunctionRegistry(FunctionEnvironment.Initialize(handlers, variables));
            var resources = new ResourceTable(functions.All);
            await EventsTableSetup.EnsureAsync(options.TableName, endpoint, cancellationToken);
            app = GatewayApplication.Build(options, functions, resources, openApiJson);
            await ListenAsync(app, options.Port, cancellationToken);
            return new LocalGatewayServer(app, dynalite, endpoint, options.TableName, functions);
        }
        catch
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }

            dynalite?.Dispose();
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
            await app.StopAsync();
            await app.DisposeAsync();
        }
        finally
        {
            dynalite?.Dispose();
        }
    }

    private static async Task<string> DescribeAsync(FunctionManifest manifest)
    {
        try
        {
            return await OpenApiDocumentFactory.ToJsonAsync(OpenApiDocumentFactory.Create(manifest));
        }
        catch (InvalidOperationException exception)
        {
            throw new GatewayStartupException($"Cannot build the OpenAPI document: {exception.Message}", exception);
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
    private static ResolvedHandler ResolveHandler(FunctionDescriptor function)
    {
        try
        {
            var resolved = ManagedRuntime.HandlerResolver.Resolve(function.Handler, System.Reflection.Assembly.Load);
            return new ResolvedHandler(function, resolved.Method, resolved.Constructor);
        }
        catch (ManagedRuntime.HandlerResolutionException exception)
        {
            throw new GatewayStartupException(
                $"Function '{function.Name}' has an invalid handler '{function.Handler}': {exception.Message}", exception);
        }
    }
}

using System.Net;
using EventFunctions.Annotations.Runtime;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.LambdaApi;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// The web app: Kestrel on 127.0.0.1 only; the Lambda Invoke API, the API docs (<see cref="ApiDocsSite"/>) unless
/// the gateway runs other functions than the ones it was built with; every other request goes to the REST API stage,
/// which answers unknown routes as API Gateway does.
/// </summary>
internal static class GatewayApplication
{
    public static WebApplication Build(
        GatewayOptions options, FunctionRegistry functions, ResourceTable resources, ApiDocsSite? docs,
        CognitoSigningKey? signingKey)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ApplicationName = typeof(GatewayApplication).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // A failed start is reported once, as a GatewayStartupException, not also as the host's stack trace.
        builder.Logging.AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(5));
        builder.Services.AddSingleton<IHostLifetime, ManualLifetime>();
        builder.Services.AddSingleton(functions);
        builder.Services.AddSingleton(resources);
        builder.Services.AddSingleton(new CorsPreflight(new CorsPolicy(options.CorsAllowedOrigins)));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(services =>
            new GatewayAuthorizer(options.Authorization, signingKey, services.GetRequiredService<TimeProvider>()));
        builder.Services.AddSingleton<RestApiGateway>();
        builder.Services.AddSingleton<LambdaInvokeApi>();

        var app = builder.Build();
        docs?.Map(app);
        if (signingKey is not null)
        {
            JwksEndpoint.Map(app, signingKey);
        }

        app.MapPost(LambdaInvokeApi.Route, (HttpContext context, string name, LambdaInvokeApi api) => api.HandleAsync(context, name));
        // Not MapFallback's default pattern: it skips paths that look like files, and event ids may contain dots.
        app.MapFallback("{**path}", (HttpContext context, RestApiGateway gateway) => gateway.HandleAsync(context));
        return app;
    }
}

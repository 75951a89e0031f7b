using EventFunctions.Annotations.Observability;
using EventFunctions.LocalDynamo;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// The real functions on a gateway of their own, in one runtime mode and one log format. Once it listens it sends the
/// same GET twice, one after the other: GetEvent's cold invocation, then its warm one (an id that does not exist, so
/// a 404, written at INFO). The tests read what the console printed of them, as CloudWatch would hold it.
/// </summary>
public abstract class CloudWatchViewFixture : GatewayFixture
{
    public const string Function = "GetEvent";

    private readonly List<string> correlationIds = [];
    private string printed = string.Empty;

    private protected CloudWatchViewFixture(RuntimeMode mode, LogFormat format)
    {
        Mode = mode;
        Format = format;
    }

    internal RuntimeMode Mode { get; }

    internal LogFormat Format { get; }

    /// <summary>The <c>x-amzn-RequestId</c> the client got for the cold, then the warm GET.</summary>
    public IReadOnlyList<string> CorrelationIds => correlationIds;

    /// <summary>GetEvent's printed lines of the two GETs, in order (what tests invoke later is not among them).</summary>
    internal IReadOnlyList<LogLine> Lines => LogLine.Printed(printed, Function);

    internal override Task<GatewayOptions> CreateOptionsAsync() =>
        Task.FromResult(new GatewayOptions { TableName = "cloudwatch-view", Mode = Mode, Logging = new LoggingConfig(Format) });

    protected override async Task OnStartedAsync()
    {
        var path = $"/events/{TestEvents.UniqueId()}";
        for (var i = 0; i < 2; i++)
        {
            using var response = await Client.GetAsync(path);
            correlationIds.Add(response.Headers.GetValues("x-amzn-RequestId").Single());
        }

        await Eventually.TrueAsync(
            () => LogLine.Printed(printed = PrintedLog.Text, Function).Count(l => l.ReportRequestId is not null) == 2, "both GETs were reported");
    }
}

public sealed class ExecutableJsonViewFixture() : CloudWatchViewFixture(RuntimeMode.Executable, LogFormat.Json);

public sealed class ManagedJsonViewFixture() : CloudWatchViewFixture(RuntimeMode.Managed, LogFormat.Json);

public sealed class ExecutableTextViewFixture() : CloudWatchViewFixture(RuntimeMode.Executable, LogFormat.Text);

public sealed class ManagedTextViewFixture() : CloudWatchViewFixture(RuntimeMode.Managed, LogFormat.Text);

/// <summary>The Native AOT bootstrap on provided.al2023, as deployed by default, under JSON.</summary>
public sealed class AotJsonViewFixture() : CloudWatchViewFixture(RuntimeMode.Aot, LogFormat.Json);

public sealed class AotTextViewFixture() : CloudWatchViewFixture(RuntimeMode.Aot, LogFormat.Text);

/// <summary>
/// The real functions with JSON logs at application log level ERROR, printed with <c>--pretty-logs</c>, over a
/// dynalite behind a proxy that refuses every <c>GetItem</c> (GetEvent answers 503; ListEvents still 200). One
/// gateway for the level tests and the pretty tests, since startup is what costs: the level tests read the Tail, which
/// pretty printing leaves alone.
/// </summary>
public sealed class ErrorLevelPrettyFixture : GatewayFixture
{
    private DynaliteServer? dynalite;
    private DynamoDbProxy? proxy;

    internal override async Task<GatewayOptions> CreateOptionsAsync()
    {
        dynalite = await DynaliteServer.StartAsync();
        proxy = await DynamoDbProxy.StartAsync(new Uri(dynalite.ServiceUrl));
        proxy.Refuse = call => call.Operation == "GetItem";
        return new GatewayOptions
        {
            TableName = "error-level",
            DynamoDbEndpoint = proxy.ServiceUrl,
            Logging = new LoggingConfig(LogFormat.Json, LambdaLogLevel.Error),
            PrettyLogs = true,
        };
    }

    protected override async Task DisposeDependenciesAsync()
    {
        if (proxy is not null)
        {
            await proxy.DisposeAsync();
        }

        dynalite?.Dispose();
    }
}

[CollectionDefinition(Name)]
public sealed class ErrorLevelPrettyCollectionDefinition : ICollectionFixture<ErrorLevelPrettyFixture>
{
    public const string Name = "JSON logs at level ERROR, pretty-printed";
}

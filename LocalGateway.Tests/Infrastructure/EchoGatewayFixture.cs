using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The test functions (echo, binary, and the ones that misbehave) on a gateway of their own, in one runtime mode.</summary>
public abstract class TestFunctionsGatewayFixture : GatewayFixture
{
    /// <summary>Everything the gateway printed of the functions' logs.</summary>
    public CapturedLog Log { get; } = new();

    internal abstract RuntimeMode Mode { get; }

    internal override Task<GatewayOptions> CreateOptionsAsync() => Task.FromResult(new GatewayOptions
    {
        TableName = "echo-events",
        Manifest = TestManifests.Echo(),
        FunctionsFolder = TestManifests.Folder,
        Mode = Mode,
        MaxEnvironments = 4,
        LogConsole = Log.Console,
        Logging = TextLogs,
    });

    /// <summary>The tests over these functions read Lambda's text lines (START, END, REPORT); the JSON events have tests of their own.</summary>
    internal static LoggingConfig TextLogs { get; } = new(LogFormat.Text);
}

/// <summary>The test functions run by their own <c>Main</c>.</summary>
public sealed class EchoGatewayFixture : TestFunctionsGatewayFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Executable;
}

/// <summary>The test functions run by the managed-runtime stand-in, from their handler strings.</summary>
public sealed class ManagedEchoGatewayFixture : TestFunctionsGatewayFixture
{
    internal override RuntimeMode Mode => RuntimeMode.Managed;
}

[CollectionDefinition(Name)]
public sealed class EchoGatewayCollectionDefinition : ICollectionFixture<EchoGatewayFixture>
{
    public const string Name = "Echo gateway";
}

[CollectionDefinition(Name)]
public sealed class ManagedEchoGatewayCollectionDefinition : ICollectionFixture<ManagedEchoGatewayFixture>
{
    public const string Name = "Echo gateway, managed mode";
}

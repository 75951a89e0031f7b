namespace EventFunctions.LocalGateway.Hosting;

/// <summary>
/// A host lifetime that leaves signals alone: the gateway stops when its owner disposes it. Program handles
/// Ctrl+C and SIGTERM itself (from the very start, so even a stop during startup cleans up), and an in-process
/// test's gateway must not take over the test runner's signals.
/// </summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

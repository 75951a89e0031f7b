using System.Runtime.InteropServices;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;

if (TokenCommand.IsToken(args))
{
    return TokenCommand.Run(args[1..], Environment.GetEnvironmentVariable, Console.Out, Console.Error, TimeProvider.System);
}

if (GatewayCommandLine.IsHelp(args))
{
    Console.WriteLine(GatewayCommandLine.Usage);
    return 0;
}

GatewayOptions options;
try
{
    options = GatewayCommandLine.Parse(args, Environment.GetEnvironmentVariable);
}
catch (FormatException exception)
{
    await Console.Error.WriteLineAsync(exception.Message);
    return 2;
}

// Registered before anything starts, so Ctrl+C or SIGTERM during startup still stops what was started.
using var stop = new CancellationTokenSource();
using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, RequestStop);
using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, RequestStop);

try
{
    await using var gateway = await LocalGatewayServer.StartAsync(options, stop.Token);
    GatewayBanner.Write(Console.Out, gateway);
    var stopped = new TaskCompletionSource();
    await using (stop.Token.Register(() => stopped.TrySetResult()))
    {
        await stopped.Task;
    }

    Console.WriteLine("Stopping LocalGateway...");
    return 0;
}
catch (GatewayStartupException exception)
{
    await Console.Error.WriteLineAsync($"LocalGateway could not start: {exception.Message}");
    return 1;
}
catch (OperationCanceledException) when (stop.IsCancellationRequested)
{
    return 130;
}

void RequestStop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.Cancel();
}

using System.Diagnostics;
using System.Globalization;
using System.Threading.Channels;
using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// One execution environment: a child process that runs the function's runtime and pulls invocations from its own
/// Runtime API, one at a time. INIT is everything from the spawn to the runtime's first <c>invocation/next</c>.
/// A timeout kills the process, as does any failure that leaves it unusable; the pool then starts a fresh one.
/// </summary>
internal sealed class ExecutionEnvironment : IRuntimeApi, IAsyncDisposable
{
    /// <summary>Lambda's limit for the INIT phase of an on-demand function.</summary>
    public static readonly TimeSpan InitLimit = TimeSpan.FromSeconds(10);

    private static readonly TimeSpan LivePrintInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>The only version the gateway serves.</summary>
    private const string FunctionVersion = "$LATEST";

    private readonly FunctionDescriptor function;
    private readonly EnvironmentLog log;
    private readonly ReportLines lines;
    private readonly Channel<Invocation> pending = Channel.CreateBounded<Invocation>(1);
    private readonly TaskCompletionSource<FunctionError?> initialized = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<int> exited = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HashSet<string> answered = new(StringComparer.Ordinal);
    private readonly Lock gate = new();
    private readonly long spawnedAt = Stopwatch.GetTimestamp();
    private Process? process;
    private RuntimeApiEndpoint? endpoint;
    private Timer? printer;
    private Invocation? current;
    private TimeSpan? initDuration;
    private bool initReported;
    private volatile bool killed;
    private int disposed;

    private ExecutionEnvironment(FunctionDescriptor function, FunctionCode code, EnvironmentLog log, ReportLines lines)
    {
        this.function = function;
        Code = code;
        this.log = log;
        this.lines = lines;
    }

    /// <summary>The code version this environment runs; it never changes.</summary>
    public FunctionCode Code { get; }

    /// <summary>The process id, for tests that check no environment outlives the gateway.</summary>
    public int ProcessId => process?.Id ?? 0;

    /// <summary>Whether the process still runs and can take an invocation.</summary>
    public bool IsUsable => !killed && !exited.Task.IsCompleted && initialized.Task is not { IsCompleted: true, Result: not null };

    public static async Task<ExecutionEnvironment> StartAsync(EnvironmentSettings settings, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var logFile = Path.Combine(settings.WorkFolder, string.Create(CultureInfo.InvariantCulture, $"{settings.Function.Name}-{id}.log"));
        var environment = new ExecutionEnvironment(
            settings.Function, settings.Code, new EnvironmentLog(logFile, settings.Function.Name, settings.Console), ReportLines.For(settings.LoggingOrDefault.Format));
        try
        {
            environment.endpoint = await RuntimeApiEndpoint.StartAsync(environment, cancellationToken);
            var start = EnvironmentCommand.Create(
                settings.Function, settings.Mode, settings.AssemblyName, settings.Code, settings.Configuration,
                settings.LoggingOrDefault, environment.endpoint.HostAndPort, logFile, id, settings.CpuCgroup);
            environment.log.Append(environment.lines.InitStart(DateTimeOffset.UtcNow, new EnvironmentInit(
                settings.Function.Name, FunctionVersion, $"local:{RuntimeModes.Name(settings.Mode)}", settings.Code.Version)));
            environment.process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
            _ = environment.WatchExitAsync();
            environment.printer = new Timer(_ => environment.log.Pump(), null, LivePrintInterval, LivePrintInterval);
            return environment;
        }
        catch
        {
            await environment.DisposeAsync();
            throw;
        }
    }

    /// <summary>Runs one invocation; never throws for anything the function does.</summary>
    public async Task<InvocationResult> InvokeAsync(byte[] payload, string requestId, string traceId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        var timeout = TimeSpan.FromSeconds(function.Timeout);
        if (await WaitForInitAsync(requestId, timeout) is { } initError)
        {
            log.Begin(StartLine(requestId));
            return Finish(requestId, InvocationResult.Failed(initError), TimeSpan.Zero, "error", initError.ErrorType);
        }

        var invocation = new Invocation(requestId, payload, traceId, DateTimeOffset.UtcNow + timeout);
        lock (gate)
        {
            current = invocation;
        }

        log.Begin(StartLine(requestId));
        var started = Stopwatch.GetTimestamp();
        pending.Writer.TryWrite(invocation);
        using (var expiry = new CancellationTokenSource(timeout))
        {
            await Task.WhenAny(invocation.Outcome.Task, exited.Task, Task.Delay(Timeout.Infinite, expiry.Token));
        }

        var duration = Stopwatch.GetElapsedTime(started);

        if (invocation.Outcome.Task.IsCompleted)
        {
            var result = invocation.Outcome.Task.Result;
            return Finish(requestId, result, duration, result.Error is null ? null : "error", result.Error?.ErrorType);
        }

        if (exited.Task.IsCompleted)
        {
            var crash = FunctionError.RuntimeExited(requestId, exited.Task.Result);
            log.Append($"RequestId: {requestId} Error: Runtime exited with error: {FunctionError.ExitStatus(exited.Task.Result)}");
            log.Append(crash.ErrorType);
            return Finish(requestId, InvocationResult.Failed(crash), duration, "error", crash.ErrorType);
        }

        log.Append(lines.TimedOut(DateTimeOffset.UtcNow, requestId, timeout));
        var timedOut = Finish(requestId, InvocationResult.Failed(FunctionError.TimedOut(requestId, timeout)), duration, "timeout", null);
        await KillAsync();
        return timedOut;
    }

    public async Task NextAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        bool answering;
        lock (gate)
        {
            if (!initialized.Task.IsCompleted)
            {
                initDuration = Stopwatch.GetElapsedTime(spawnedAt);
                initialized.TrySetResult(null);
            }

            answering = current is { Delivered: true, Outcome.Task.IsCompleted: false };
        }

        if (answering)
        {
            // Asking for the next event before answering this one.
            await RuntimeApiEndpoint.InvalidStateTransitionAsync(context, "RuntimeRunning", "RuntimeReady");
            return;
        }

        Invocation invocation;
        try
        {
            invocation = await pending.Reader.ReadAsync(context.RequestAborted);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        catch (ChannelClosedException)
        {
            return;
        }

        invocation.Delivered = true;
        var headers = context.Response.Headers;
        headers["Lambda-Runtime-Aws-Request-Id"] = invocation.RequestId;
        headers["Lambda-Runtime-Deadline-Ms"] = invocation.Deadline.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        headers["Lambda-Runtime-Invoked-Function-Arn"] = LocalAccount.FunctionArn(function.Name);
        headers["Lambda-Runtime-Trace-Id"] = invocation.TraceId;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "application/json";
        context.Response.ContentLength = invocation.Payload.Length;
        await context.Response.Body.WriteAsync(invocation.Payload, context.RequestAborted);
    }

    public Task ResponseAsync(HttpContext context, string requestId) =>
        AnswerAsync(context, requestId, "RuntimeInvocationResponse", body => InvocationResult.Succeeded(body));

    public Task ErrorAsync(HttpContext context, string requestId)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errorType = RuntimeApiEndpoint.ErrorType(context.Request);
        return AnswerAsync(context, requestId, "RuntimeInvocationErrorResponse",
            body => InvocationResult.Failed(FunctionError.Reported(errorType, body)));
    }

    public async Task InitErrorAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (initialized.Task.IsCompleted)
        {
            await RuntimeApiEndpoint.InvalidStateTransitionAsync(context, "RuntimeReady", "RuntimeInitError");
            return;
        }

        var errorType = RuntimeApiEndpoint.ErrorType(context.Request);
        var (body, _) = await RuntimeApiEndpoint.ReadBodyAsync(context.Request, context.RequestAborted);
        var error = body is null
            ? FunctionError.Create(errorType ?? "Runtime.Unknown", "The runtime's init error was larger than the payload limit.")
            : FunctionError.Reported(errorType, body);
        lock (gate)
        {
            initDuration = Stopwatch.GetElapsedTime(spawnedAt);
        }

        if (initialized.TrySetResult(error))
        {
            await RuntimeApiEndpoint.AcceptedAsync(context);
        }
        else
        {
            await RuntimeApiEndpoint.InvalidStateTransitionAsync(context, "RuntimeReady", "RuntimeInitError");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await KillAsync();
        pending.Writer.TryComplete();
        if (printer is not null)
        {
            await printer.DisposeAsync();
        }

        if (endpoint is not null)
        {
            await endpoint.DisposeAsync();
        }

        log.Dispose();
        process?.Dispose();
    }

    private async Task AnswerAsync(HttpContext context, string requestId, string state, Func<byte[], InvocationResult> outcome)
    {
        ArgumentNullException.ThrowIfNull(context);
        Invocation? invocation;
        bool alreadyAnswered;
        lock (gate)
        {
            invocation = current is { Delivered: true } delivered && delivered.RequestId == requestId ? delivered : null;
            alreadyAnswered = answered.Contains(requestId);
        }

        if (invocation is null)
        {
            await (alreadyAnswered
                ? RuntimeApiEndpoint.InvalidStateTransitionAsync(context, "RuntimeResponseSent", state)
                : RuntimeApiEndpoint.InvalidRequestIdAsync(context));
            return;
        }

        var (body, size) = await RuntimeApiEndpoint.ReadBodyAsync(context.Request, context.RequestAborted);
        var result = body is null ? InvocationResult.Failed(FunctionError.ResponseTooLarge(size)) : outcome(body);
        if (!invocation.Outcome.TrySetResult(result))
        {
            await RuntimeApiEndpoint.InvalidStateTransitionAsync(context, "RuntimeResponseSent", state);
        }
        else if (body is null)
        {
            await RuntimeApiEndpoint.RequestEntityTooLargeAsync(context);
        }
        else
        {
            await RuntimeApiEndpoint.AcceptedAsync(context);
        }
    }

    /// <summary>Waits for INIT to end: <c>null</c> when the runtime is ready, else the error the invocation gets.</summary>
    private async Task<FunctionError?> WaitForInitAsync(string requestId, TimeSpan timeout)
    {
        if (initialized.Task.IsCompleted)
        {
            return initialized.Task.Result;
        }

        // Past Lambda's 10 s INIT limit, Lambda runs INIT again within the invocation's timeout: allow both.
        await Task.WhenAny(initialized.Task, exited.Task, Task.Delay(InitLimit + timeout));
        if (initialized.Task.IsCompleted)
        {
            return initialized.Task.Result;
        }

        if (exited.Task.IsCompleted)
        {
            return FunctionError.RuntimeExited(requestId, exited.Task.Result);
        }

        await KillAsync();
        return FunctionError.TimedOut(requestId, timeout);
    }

    private InvocationResult Finish(string requestId, InvocationResult result, TimeSpan duration, string? status, string? errorType)
    {
        TimeSpan? init;
        lock (gate)
        {
            current = null;
            answered.Add(requestId);
            init = initReported ? null : initDuration;
            initReported = true;
        }

        var memory = process is { } running ? ProcessMemory.PeakResidentMegabytes(running.Id) ?? 0 : 0;
        log.Append(lines.End(DateTimeOffset.UtcNow, requestId));
        log.Append(lines.Report(DateTimeOffset.UtcNow, new InvocationReport(requestId, duration, function.MemorySize, memory, init, status, errorType)));
        return result with { LogTail = log.End(), RequestId = requestId };
    }

    private string StartLine(string requestId) =>
        lines.Start(DateTimeOffset.UtcNow, new InvocationStart(requestId, LocalAccount.FunctionArn(function.Name), FunctionVersion));

    private async Task WatchExitAsync()
    {
        await process!.WaitForExitAsync();
        exited.TrySetResult(process.ExitCode);
    }

    private async Task KillAsync()
    {
        killed = true;
        if (process is null || exited.Task.IsCompleted)
        {
            return;
        }

        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        try
        {
            await exited.Task.WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // The kernel has the SIGKILL; the exit watcher will see it go. Nothing else to wait for here.
        }
    }

    private sealed class Invocation(string requestId, byte[] payload, string traceId, DateTimeOffset deadline)
    {
        public string RequestId { get; } = requestId;

        public byte[] Payload { get; } = payload;

        public string TraceId { get; } = traceId;

        public DateTimeOffset Deadline { get; } = deadline;

        public volatile bool Delivered;

        public TaskCompletionSource<InvocationResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// What every environment of one function is started with. <see cref="CpuCgroup"/> (benchmarks only; the gateway never
/// sets it): a cgroup v1 <c>cpu</c> directory whose <c>cgroup.procs</c> each environment's process joins before its
/// runtime starts, to emulate the CPU share Lambda gives a memory size. <see cref="Logging"/>: the function's
/// LoggingConfig; <c>null</c> is <see cref="LoggingConfig.Default"/>.
/// </summary>
internal sealed record EnvironmentSettings(
    FunctionDescriptor Function,
    RuntimeMode Mode,
    string AssemblyName,
    FunctionCode Code,
    IReadOnlyDictionary<string, string> Configuration,
    string WorkFolder,
    LogConsole Console,
    string? CpuCgroup = null,
    LoggingConfig? Logging = null)
{
    public LoggingConfig LoggingOrDefault => Logging ?? LoggingConfig.Default;
}

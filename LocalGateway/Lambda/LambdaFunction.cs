using System.Security.Cryptography;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// One deployed function and its execution environments: an idle one takes the next invocation; with none idle a new
/// one starts (a cold start), up to <see cref="MaxEnvironments"/>. Above that a synchronous invocation is throttled,
/// as Lambda throttles a function at its reserved concurrency; an asynchronous (<c>Event</c>) one waits for an
/// environment, as Lambda's event queue does. A timed-out or crashed environment is discarded, never reused.
/// </summary>
internal sealed class LambdaFunction : IAsyncDisposable
{
    private readonly Lock gate = new();
    private readonly Stack<ExecutionEnvironment> idle = new();
    private readonly HashSet<ExecutionEnvironment> all = [];
    private readonly SemaphoreSlim capacity;
    private EnvironmentSettings settings;
    private int started;
    private bool disposed;

    public LambdaFunction(EnvironmentSettings settings, int maxEnvironments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxEnvironments, 1);
        this.settings = settings;
        MaxEnvironments = maxEnvironments;
        capacity = new SemaphoreSlim(maxEnvironments, maxEnvironments);
    }

    public FunctionDescriptor Descriptor => settings.Function;

    public string Name => settings.Function.Name;

    public RuntimeMode Mode => settings.Mode;

    public int MaxEnvironments { get; }

    /// <summary>How many environments were ever started (cold starts), for tests and the banner.</summary>
    public int EnvironmentsStarted => Volatile.Read(ref started);

    /// <summary>The process ids of the environments alive now.</summary>
    public IReadOnlyList<int> ProcessIds
    {
        get
        {
            lock (gate)
            {
                return [.. all.Where(e => e.IsUsable).Select(e => e.ProcessId)];
            }
        }
    }

    /// <summary>Invokes the function; <paramref name="waitForEnvironment"/> queues instead of throttling when all are busy.</summary>
    public async Task<InvocationResult> InvokeAsync(byte[] payload, string requestId, bool waitForEnvironment = false)
    {
        ArgumentNullException.ThrowIfNull(payload);
        if (waitForEnvironment)
        {
            await capacity.WaitAsync();
        }
        else if (!capacity.Wait(0))
        {
            return InvocationResult.Throttle();
        }

        try
        {
            ExecutionEnvironment? environment;
            try
            {
                environment = TakeIdle() ?? await StartAsync();
            }
            catch (Exception exception) when (exception is IOException or InvalidOperationException or System.ComponentModel.Win32Exception)
            {
                return InvocationResult.Failed(FunctionError.Create("Runtime.Unknown", $"Could not start an execution environment: {exception.Message}"));
            }

            if (environment is null)
            {
                return InvocationResult.Failed(FunctionError.Create("Runtime.Unknown", "The gateway is stopping."));
            }

            var result = await environment.InvokeAsync(payload, requestId, NewTraceId());
            await ReturnAsync(environment);
            return result;
        }
        finally
        {
            capacity.Release();
        }
    }

    /// <summary>New environments run <paramref name="code"/>; idle ones on older code stop now, busy ones when they finish.</summary>
    public async Task DeployAsync(FunctionCode code)
    {
        ArgumentNullException.ThrowIfNull(code);
        List<ExecutionEnvironment> stale;
        lock (gate)
        {
            settings = settings with { Code = code };
            stale = [.. idle.Where(e => e.Code != code)];
            var fresh = idle.Where(e => e.Code == code).Reverse().ToList();
            idle.Clear();
            fresh.ForEach(idle.Push);
            stale.ForEach(e => all.Remove(e));
        }

        foreach (var environment in stale)
        {
            await environment.DisposeAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        List<ExecutionEnvironment> environments;
        lock (gate)
        {
            disposed = true;
            environments = [.. all];
            all.Clear();
            idle.Clear();
        }

        await Task.WhenAll(environments.Select(e => e.DisposeAsync().AsTask()));
    }

    private ExecutionEnvironment? TakeIdle()
    {
        lock (gate)
        {
            while (idle.TryPop(out var environment))
            {
                if (environment.IsUsable)
                {
                    return environment;
                }

                all.Remove(environment);
                _ = environment.DisposeAsync().AsTask();
            }

            return null;
        }
    }

    private async Task<ExecutionEnvironment?> StartAsync()
    {
        EnvironmentSettings current;
        int id;
        lock (gate)
        {
            if (disposed)
            {
                return null;
            }

            current = settings;
            id = ++started;
        }

        var environment = await ExecutionEnvironment.StartAsync(current, id, CancellationToken.None);
        lock (gate)
        {
            if (!disposed)
            {
                all.Add(environment);
                return environment;
            }
        }

        await environment.DisposeAsync();
        return null;
    }

    private async Task ReturnAsync(ExecutionEnvironment environment)
    {
        lock (gate)
        {
            if (!disposed && environment.IsUsable && environment.Code == settings.Code)
            {
                idle.Push(environment);
                return;
            }

            all.Remove(environment);
        }

        await environment.DisposeAsync();
    }

    /// <summary>An X-Ray trace header as Lambda passes it with active tracing: <c>Root=1-{time}-{id};Parent={id};Sampled=1</c>.</summary>
    private static string NewTraceId()
    {
        var seconds = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return $"Root=1-{seconds:x8}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12))};"
            + $"Parent={Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8))};Sampled=1";
    }
}

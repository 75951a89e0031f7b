using System.Text;
using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>
/// <see cref="LambdaBootstrap"/> run in this process against a <see cref="FakeRuntimeApi"/>, with the environment
/// Lambda would set and stderr captured; <see cref="StopAsync"/> cancels the loop and returns its exit code.
/// </summary>
public sealed class InProcessRuntime : IAsyncDisposable
{
    private readonly CancellationTokenSource stop = new();
    private readonly StringBuilder errors = new();
    private readonly Task<int> run;

    public InProcessRuntime(Func<LambdaHandler> initialize, IReadOnlyDictionary<string, string> variables)
    {
        Errors = TextWriter.Synchronized(new StringWriter(errors));
        run = Task.Run(() => LambdaBootstrap.RunAsync(initialize, name => variables.GetValueOrDefault(name), Errors, stop.Token));
    }

    public TextWriter Errors { get; }

    public string ErrorText
    {
        get
        {
            lock (Errors)
            {
                return errors.ToString();
            }
        }
    }

    public Task<int> Exit => run;

    public static Dictionary<string, string> Environment(FakeRuntimeApi api) => new(StringComparer.Ordinal)
    {
        ["AWS_LAMBDA_RUNTIME_API"] = api.HostAndPort,
        ["AWS_LAMBDA_FUNCTION_NAME"] = "EventFunctions-GetEvent",
        ["AWS_LAMBDA_FUNCTION_VERSION"] = "7",
        ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = "512",
        ["AWS_LAMBDA_LOG_GROUP_NAME"] = "/aws/lambda/EventFunctions-GetEvent",
        ["AWS_LAMBDA_LOG_STREAM_NAME"] = "2026/11/22/[7]abc",
    };

    public async Task<int> StopAsync()
    {
        await stop.CancelAsync();
        return await run.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        try
        {
            await run.WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
        }

        stop.Dispose();
    }
}

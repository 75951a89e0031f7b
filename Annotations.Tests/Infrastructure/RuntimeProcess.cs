using System.Diagnostics;
using System.Text;

namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>
/// A function process (<c>dotnet X.dll</c>) against a fake Runtime API, with stdout and stderr captured. Disposing
/// kills it, by its own process id, if it is still running.
/// </summary>
public sealed class RuntimeProcess : IDisposable
{
    private static readonly string[] InheritedLambdaVariables =
        ["AWS_LAMBDA_RUNTIME_API", LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable, "EVENTS_TABLE_NAME", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL", "_X_AMZN_TRACE_ID"];

    private readonly Process process;
    private readonly StringBuilder stderr = new();

    private RuntimeProcess(Process process) => this.process = process;

    public string Stderr
    {
        get
        {
            lock (stderr)
            {
                return stderr.ToString();
            }
        }
    }

    public static RuntimeProcess Start(string dll, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var name in InheritedLambdaVariables)
        {
            start.Environment.Remove(name);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var process = new Process { StartInfo = start };
        var started = new RuntimeProcess(process);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (started.stderr)
                {
                    started.stderr.AppendLine(e.Data);
                }
            }
        };
        process.OutputDataReceived += (_, _) => { };
        process.Start();
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        return started;
    }

    /// <summary>The exit code, once the process ends within <paramref name="timeout"/>.</summary>
    public async Task<int> ExitCodeAsync(TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(limit.Token);
        return process.ExitCode;
    }

    public bool HasExited => process.HasExited;

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // It ended between the check and the kill.
        }

        process.Dispose();
    }
}

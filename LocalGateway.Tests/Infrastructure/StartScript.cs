using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// <c>bash scripts/start.sh</c> run as a child process with no stdin, as CI runs it. Disposing kills what is
/// still running of what it started: the process it holds and the descendants it has seen, by PID and start time.
/// </summary>
internal sealed partial class StartScript : IDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();
    private readonly TaskCompletionSource<Uri> apiBase = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<ProcessIdentity> seen = [];

    private static readonly string[] InheritedSettings =
    [
        "PORT", "EVENTS_TABLE_NAME", "EVENTS_DYNAMODB_ENDPOINT", "CORS_ALLOWED_ORIGINS", "AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL",
    ];

    private StartScript(Process process) => this.process = process;

    public int Pid => process.Id;

    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts it in <paramref name="repositoryRoot"/>, with <paramref name="defaultSignal"/> reset to its default action.</summary>
    public static StartScript Start(string repositoryRoot, string defaultSignal, params string[] arguments)
    {
        var start = new ProcessStartInfo("/usr/bin/env")
        {
            WorkingDirectory = repositoryRoot,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { $"--default-signal={defaultSignal}", "bash", "scripts/start.sh" }.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // As from a fresh shell: not the settings in-process gateways put in this test process's environment.
        foreach (var name in InheritedSettings)
        {
            start.Environment.Remove(name);
        }

        var script = new StartScript(new Process { StartInfo = start, EnableRaisingEvents = true });
        script.process.OutputDataReceived += (_, e) => script.Received(e.Data);
        script.process.ErrorDataReceived += (_, e) => script.Received(e.Data);
        script.process.Exited += (_, _) => script.apiBase.TrySetException(
            new InvalidOperationException($"start.sh exited before serving:{Environment.NewLine}{script.Output}"));
        script.process.Start();
        script.process.StandardInput.Close();
        script.process.BeginOutputReadLine();
        script.process.BeginErrorReadLine();
        return script;
    }

    /// <summary>The API base URL from the "API base:" line it prints once it listens.</summary>
    public Task<Uri> WaitForApiBaseAsync(TimeSpan timeout) => apiBase.Task.WaitAsync(timeout);

    /// <summary>The processes below the script now; remembered so disposal can stop any it leaves behind.</summary>
    public IReadOnlyList<ProcessIdentity> Descendants()
    {
        var now = ProcessTree.Descendants(process.Id);
        seen.AddRange(now);
        return now;
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        await process.WaitForExitAsync().WaitAsync(timeout);
        return process.ExitCode;
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        foreach (var leftOver in seen.Where(p => p.IsAlive))
        {
            try
            {
                Process.GetProcessById(leftOver.Pid).Kill();
            }
            catch (ArgumentException)
            {
                // Exited meanwhile.
            }
        }

        process.Dispose();
    }

    private void Received(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (output)
        {
            output.AppendLine(line);
        }

        if (ApiBaseLine().Match(line) is { Success: true } match)
        {
            apiBase.TrySetResult(new Uri(match.Groups["url"].Value));
        }
    }

    [GeneratedRegex(@"API base:\s+(?<url>http://127\.0\.0\.1:\d+)")]
    private static partial Regex ApiBaseLine();
}

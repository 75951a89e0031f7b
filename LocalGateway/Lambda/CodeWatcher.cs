using System.Diagnostics;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// Watch mode: a change under the source folders (bin and obj aside) rebuilds the functions once things are quiet
/// for a moment, deploys the new build output as the next code version and replaces the idle environments; busy
/// ones finish their invocation on the old code first. A failed build keeps the running version.
/// </summary>
internal sealed class CodeWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(400);

    private readonly WatchOptions options;
    private readonly string buildOutput;
    private readonly string workFolder;
    private readonly FunctionRegistry functions;
    private readonly LogConsole console;
    private readonly List<FileSystemWatcher> watchers = [];
    private readonly Timer debounce;
    private readonly SemaphoreSlim building = new(1, 1);
    private readonly CancellationTokenSource stopping = new();
    private int version = 1;
    private int pendingChanges;

    private CodeWatcher(WatchOptions options, string buildOutput, string workFolder, FunctionRegistry functions, LogConsole console)
    {
        this.options = options;
        this.buildOutput = buildOutput;
        this.workFolder = workFolder;
        this.functions = functions;
        this.console = console;
        debounce = new Timer(_ => _ = RebuildAsync(), null, Timeout.Infinite, Timeout.Infinite);
    }

    /// <summary>Fires when a rebuild has been deployed, with its code version (tests wait on it).</summary>
    public event Action<int>? Deployed;

    public static CodeWatcher Start(WatchOptions options, string buildOutput, string workFolder, FunctionRegistry functions, LogConsole console)
    {
        ArgumentNullException.ThrowIfNull(options);
        var watcher = new CodeWatcher(options, buildOutput, workFolder, functions, console);
        foreach (var folder in options.SourceFolders)
        {
            var fileWatcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.DirectoryName };
            fileWatcher.Changed += watcher.OnChange;
            fileWatcher.Created += watcher.OnChange;
            fileWatcher.Deleted += watcher.OnChange;
            fileWatcher.Renamed += watcher.OnChange;
            fileWatcher.EnableRaisingEvents = true;
            watcher.watchers.Add(fileWatcher);
        }

        console.Write("watch", $"watching {string.Join(", ", options.SourceFolders)}");
        return watcher;
    }

    public void Dispose()
    {
        stopping.Cancel();
        foreach (var watcher in watchers)
        {
            watcher.Dispose();
        }

        debounce.Dispose();
    }

    internal static bool IsBuildArtifact(string path)
    {
        var separator = Path.DirectorySeparatorChar;
        return path.Contains($"{separator}bin{separator}", StringComparison.Ordinal)
            || path.Contains($"{separator}obj{separator}", StringComparison.Ordinal);
    }

    private void OnChange(object sender, FileSystemEventArgs change)
    {
        if (IsBuildArtifact(change.FullPath))
        {
            return;
        }

        Interlocked.Increment(ref pendingChanges);
        debounce.Change(Quiet, Timeout.InfiniteTimeSpan);
    }

    private async Task RebuildAsync()
    {
        if (!await building.WaitAsync(0))
        {
            debounce.Change(Quiet, Timeout.InfiniteTimeSpan); // a build is running: look again after it
            return;
        }

        try
        {
            if (Interlocked.Exchange(ref pendingChanges, 0) == 0 || stopping.IsCancellationRequested)
            {
                return;
            }

            console.Write("watch", "sources changed; rebuilding");
            var exitCode = await BuildAsync();
            if (exitCode != 0)
            {
                console.Write("watch", $"build failed (exit {exitCode}); still serving code v{version}");
                return;
            }

            var code = FunctionCode.Deploy(buildOutput, workFolder, version + 1);
            version = code.Version;
            await functions.DeployAsync(code);
            console.Write("watch", $"deployed code v{code.Version}; idle environments replaced, busy ones finish on the old code");
            Deployed?.Invoke(code.Version);
        }
        catch (IOException exception)
        {
            console.Write("watch", $"could not deploy the new build: {exception.Message}");
        }
        finally
        {
            building.Release();
        }
    }

    private async Task<int> BuildAsync()
    {
        var start = new ProcessStartInfo(options.BuildCommand[0])
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        foreach (var argument in options.BuildCommand.Skip(1))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new IOException($"Could not start {start.FileName}.");
        process.StandardInput.Close();
        var output = PrintAsync(process.StandardOutput);
        var errors = PrintAsync(process.StandardError);
        try
        {
            await process.WaitForExitAsync(stopping.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return -1;
        }

        await Task.WhenAll(output, errors);
        return process.ExitCode;
    }

    private async Task PrintAsync(StreamReader reader)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            if (line.Length > 0)
            {
                console.Write("watch", line);
            }
        }
    }
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace EventFunctions.LocalDynamo;

/// <summary>
/// An in-memory dynalite (DynamoDB-compatible server from npm, pinned in the repo's package.json) on 127.0.0.1 and
/// a free port. Dispose kills exactly the process tree it started.
/// </summary>
public sealed class DynaliteServer : IDisposable
{
    private const string PackageName = "event-functions";
    private const string ReadyMarker = "Dynalite listening at:";
    private const int StartAttempts = 3;

    /// <summary>Ends dynalite when this process ends, even when it is killed (LocalDynamo/exit-with-parent.cjs).</summary>
    private const string ExitWithParentScript = "exit-with-parent.cjs";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private bool _disposed;

    private DynaliteServer(Process process, int port)
    {
        _process = process;
        Port = port;
        ServiceUrl = $"http://127.0.0.1:{port}";
    }

    public int Port { get; }

    public string ServiceUrl { get; }

    /// <summary>Starts dynalite and returns once it accepts connections.</summary>
    public static async Task<DynaliteServer> StartAsync(CancellationToken cancellationToken = default)
    {
        var cli = FindDynaliteCli();
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            var (process, failure) = await TryStartAsync(cli, port, cancellationToken);
            if (process is not null)
            {
                return new DynaliteServer(process, port);
            }

            // Another process may have taken the port between probing and binding: try a new one.
            if (attempt == StartAttempts)
            {
                throw new InvalidOperationException($"dynalite did not start after {StartAttempts} attempts. {failure}");
            }
        }
    }

    /// <summary>
    /// A client for this server, configured as production is: explicit retry mode, two retries, short timeouts.
    /// </summary>
    public IAmazonDynamoDB CreateClient() => CreateClient(ServiceUrl);

    /// <summary>A client for any local endpoint (tests use it for unreachable ones too).</summary>
    public static IAmazonDynamoDB CreateClient(string serviceUrl)
    {
        var config = new AmazonDynamoDBConfig
        {
            ServiceURL = serviceUrl,
            AuthenticationRegion = "us-east-1",
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = 2,
            ConnectTimeout = TimeSpan.FromSeconds(2),
            Timeout = TimeSpan.FromSeconds(10),
        };
        return new AmazonDynamoDBClient(new BasicAWSCredentials("local", "local"), config);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Stop(_process);
    }

    private static async Task<(Process? Process, string Failure)> TryStartAsync(
        string cli, int port, CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo("node")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            // Held open, never written: see exit-with-parent.cjs.
            RedirectStandardInput = true,
            CreateNoWindow = true,
        };
        foreach (var argument in new[]
        {
            "--require", ExitWithParentPath(cli),
            cli,
            "--host", "127.0.0.1",
            "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--createTableMs", "0",
            "--deleteTableMs", "0",
            "--updateTableMs", "0",
        })
        {
            startInfo.ArgumentList.Add(argument);
        }

        var stderr = new StringBuilder();
        var ready = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains(ReadyMarker, StringComparison.Ordinal) == true)
            {
                ready.TrySetResult();
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                lock (stderr)
                {
                    stderr.AppendLine(e.Data);
                }
            }
        };
        process.Exited += (_, _) => ready.TrySetException(new InvalidOperationException("dynalite exited."));

        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception exception)
        {
            process.Dispose();
            throw new InvalidOperationException("Could not start 'node' (is Node.js 20+ on PATH?).", exception);
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        try
        {
            await ready.Task.WaitAsync(StartTimeout, cancellationToken);
            await EnsureAcceptsConnectionsAsync(port, cancellationToken);
            return (process, string.Empty);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or SocketException)
        {
            Stop(process);
            string captured;
            lock (stderr)
            {
                captured = stderr.ToString();
            }

            return (null, $"Last attempt on port {port}: {exception.Message} stderr: {captured}");
        }
        catch
        {
            Stop(process);
            throw;
        }
    }

    /// <summary>The guard script, in the repository whose <c>node_modules/dynalite/cli.js</c> this is.</summary>
    private static string ExitWithParentPath(string cli)
    {
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(cli)!, "..", ".."));
        return Path.Combine(root, "LocalDynamo", ExitWithParentScript);
    }

    private static async Task EnsureAcceptsConnectionsAsync(int port, CancellationToken cancellationToken)
    {
        using var probe = new TcpClient();
        await probe.ConnectAsync(IPAddress.Loopback, port, cancellationToken).AsTask()
            .WaitAsync(StartTimeout, cancellationToken);
    }

    private static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already exited.
        }
        finally
        {
            process.Dispose();
        }
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static string FindDynaliteCli([CallerFilePath] string sourceFile = "")
    {
        // The test binaries normally live under the repo; the source path covers builds from elsewhere.
        var root = FindRepoRoot(AppContext.BaseDirectory) ?? FindRepoRoot(Path.GetDirectoryName(sourceFile))
            ?? throw new InvalidOperationException(
                $"Could not find the repository root (a package.json named '{PackageName}') above "
                + $"'{AppContext.BaseDirectory}'.");

        var cli = Path.Combine(root, "node_modules", "dynalite", "cli.js");
        return File.Exists(cli)
            ? cli
            : throw new InvalidOperationException(
                $"dynalite is not installed: '{cli}' is missing. Run `npm ci` in '{root}' first.");
    }

    private static string? FindRepoRoot(string? start)
    {
        for (var directory = start is null ? null : new DirectoryInfo(start);
             directory is not null;
             directory = directory.Parent)
        {
            var packageJson = Path.Combine(directory.FullName, "package.json");
            if (File.Exists(packageJson) && IsOurPackage(packageJson))
            {
                return directory.FullName;
            }
        }

        return null;
    }

    private static bool IsOurPackage(string packageJson)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(packageJson));
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("name", out var name)
                && name.ValueKind == JsonValueKind.String
                && name.ValueEquals(PackageName);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}

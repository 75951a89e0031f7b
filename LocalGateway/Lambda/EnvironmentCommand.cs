using System.Diagnostics;
using System.Globalization;
using EventFunctions.Annotations;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Annotations.Observability;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// The process of one execution environment: the command of its runtime mode and the environment Lambda gives a
/// function (its reserved variables, then the function's own configuration), nothing inherited from the gateway but
/// what it takes to find and run dotnet. Output goes to the environment's log file, stdout and stderr interleaved.
/// </summary>
internal static class EnvironmentCommand
{
    /// <summary>The file name of the managed-runtime stand-in, copied next to the gateway.</summary>
    public const string ManagedRuntimeAssembly = "EventFunctions.ManagedRuntime.dll";

    private static readonly string[] HostVariables = ["PATH", "DOTNET_ROOT", "DOTNET_ROOT_X64", "DOTNET_ROOT_ARM64", "TMPDIR"];

    public static ProcessStartInfo Create(
        FunctionDescriptor function, RuntimeMode mode, string assemblyName, FunctionCode code,
        IReadOnlyDictionary<string, string> configuration, LoggingConfig logging, string runtimeApi, string logFile, int environmentId,
        string? cpuCgroup = null)
    {
        ArgumentNullException.ThrowIfNull(function);
        ArgumentNullException.ThrowIfNull(logging);
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(configuration);
        // exec: the shell becomes the runtime (same PID), with stdout and stderr appended to the log file.
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            WorkingDirectory = code.Folder,
        };
        // Opt-in (benchmarks): with a cgroup the shell moves itself into it before exec, so the runtime is throttled
        // from its first instruction; a failed write fails the spawn rather than running unthrottled.
        var joinCgroup = cpuCgroup is null ? string.Empty : "echo $$ >\"$1/cgroup.procs\" || exit 125; shift; ";
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(joinCgroup + "log=$1; shift; exec \"$@\" >>\"$log\" 2>&1 </dev/null");
        start.ArgumentList.Add("sh");
        if (cpuCgroup is not null)
        {
            start.ArgumentList.Add(cpuCgroup);
        }

        start.ArgumentList.Add(logFile);
        foreach (var argument in Command(function, mode, assemblyName, code))
        {
            start.ArgumentList.Add(argument);
        }

        var host = start.Environment.Where(v => HostVariables.Contains(v.Key)).ToList();
        start.Environment.Clear();
        foreach (var (name, value) in host)
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in ReservedVariables(function, mode, code, logging, runtimeApi, environmentId))
        {
            start.Environment[name] = value;
        }

        foreach (var (name, value) in configuration)
        {
            start.Environment[name] = value;
        }

        if (mode is RuntimeMode.Executable or RuntimeMode.Aot)
        {
            start.Environment[LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable] = function.Method;
        }

        return start;
    }

    /// <summary>The executable an OS-only runtime (<c>provided.al2023</c>) starts.</summary>
    public const string BootstrapFile = "bootstrap";

    private static IEnumerable<string> Command(FunctionDescriptor function, RuntimeMode mode, string assemblyName, FunctionCode code) =>
        mode switch
        {
            RuntimeMode.Executable => [DotnetHost.Path, System.IO.Path.Combine(code.Folder, assemblyName + ".dll")],
            RuntimeMode.Managed => [DotnetHost.Path, System.IO.Path.Combine(AppContext.BaseDirectory, ManagedRuntimeAssembly), code.Folder, function.Handler],
            RuntimeMode.Aot => [System.IO.Path.Combine(code.Folder, BootstrapFile)],
            _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
        };

    /// <summary>The variables Lambda sets in every execution environment (the ones that mean something here).</summary>
    private static Dictionary<string, string> ReservedVariables(
        FunctionDescriptor function, RuntimeMode mode, FunctionCode code, LoggingConfig logging, string runtimeApi, int environmentId)
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["AWS_LAMBDA_RUNTIME_API"] = runtimeApi,
            ["AWS_LAMBDA_FUNCTION_NAME"] = function.Name,
            ["AWS_LAMBDA_FUNCTION_VERSION"] = "$LATEST",
            ["AWS_LAMBDA_FUNCTION_MEMORY_SIZE"] = function.MemorySize.ToString(CultureInfo.InvariantCulture),
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = "on-demand",
            ["AWS_LAMBDA_LOG_GROUP_NAME"] = $"/aws/lambda/{function.Name}",
            ["AWS_LAMBDA_LOG_STREAM_NAME"] = string.Create(CultureInfo.InvariantCulture,
                $"{DateTime.UtcNow:yyyy/MM/dd}/[$LATEST]{code.Version:x4}{environmentId:x28}"),
            ["AWS_LAMBDA_LOG_FORMAT"] = LogFormats.Name(logging.Format),
            ["AWS_REGION"] = LocalAccount.Region,
            ["AWS_DEFAULT_REGION"] = LocalAccount.Region,
            ["LAMBDA_TASK_ROOT"] = code.Folder,
            ["LAMBDA_RUNTIME_DIR"] = AppContext.BaseDirectory,
            ["_HANDLER"] = mode == RuntimeMode.Managed ? function.Handler : BootstrapFile,
            ["LANG"] = "en_US.UTF-8",
            ["TZ"] = ":UTC",
        };
        if (logging.ApplicationLogLevelName is { } level)
        {
            // Lambda's application log level: set only when the LoggingConfig names one (JSON format only).
            variables[ObservabilitySettings.LambdaLevelVariable] = level;
        }

        if (mode == RuntimeMode.Managed)
        {
            variables["AWS_EXECUTION_ENV"] = "AWS_Lambda_dotnet10";
        }

        return variables;
    }
}

/// <summary>The dotnet host the gateway itself runs on, used to start environments.</summary>
internal static class DotnetHost
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } fromSdk && File.Exists(fromSdk))
        {
            return fromSdk;
        }

        return Environment.ProcessPath is { } self && System.IO.Path.GetFileNameWithoutExtension(self) == "dotnet"
            ? self
            : "dotnet";
    }
}

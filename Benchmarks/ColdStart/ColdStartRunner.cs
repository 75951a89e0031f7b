using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json.Nodes;
using EventFunctions.Data;
using EventFunctions.LocalDynamo;

namespace EventFunctions.Benchmarks.ColdStart;

/// <summary>Spawns every program in fresh processes, round-robin in a shuffled order per round, and reports.</summary>
internal static class ColdStartRunner
{
    private const string TableName = "events-cold-start";
    private const string SeededEventId = "evt-tech-conf-2024";

    /// <summary>The floor's handler class loaded by the Bootstrap: the floor plus the runtime stand-in's own cost.</summary>
    public const string FloorHandlerName = "floor handler in Bootstrap";

    public static async Task<string> RunAsync(RunnerOptions options)
    {
        using var dynalite = await DynaliteServer.StartAsync();
        using (var client = dynalite.CreateClient())
        {
            await EventTable.EnsureCreatedAsync(client, TableName, CancellationToken.None);
        }

        var eventsDirectory = Directory.CreateTempSubdirectory("cold-start-events-");
        try
        {
            var programs = Programs(options, eventsDirectory.FullName);
            var environment = ChildEnvironment(dynalite.ServiceUrl);

            // Seeds the GetEvent target (the create sample's own id), then runs each program once untimed so that
            // every measured run finds the same warm OS file cache.
            await SpawnAsync(Create(options, "r2r", "CreateEvent", eventsDirectory.FullName) with { FreshId = false }, environment);
            foreach (var program in programs)
            {
                await SpawnAsync(program, environment);
            }

            var samples = programs.ToDictionary(p => p, _ => new List<Sample>());
            var random = new Random(6);
            for (var run = 0; run < options.Runs; run++)
            {
                foreach (var program in programs.OrderBy(_ => random.Next()))
                {
                    samples[program].Add(await SpawnAsync(program, environment));
                }

                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rround {run + 1}/{options.Runs}"));
            }

            Console.Error.WriteLine();
            return Report.Format(options, samples);
        }
        finally
        {
            eventsDirectory.Delete(recursive: true);
        }
    }

    private static List<ProgramUnderTest> Programs(RunnerOptions options, string eventsDirectory)
    {
        var programs = new List<ProgramUnderTest>();
        foreach (var mode in options.Modes)
        {
            programs.Add(new ProgramUnderTest(
                "floor (client + GetItem)",
                mode,
                Path.Combine(options.PublishRoot, $"floor-{mode}", "EventFunctions.Benchmarks.ColdStartFloor.dll"),
                [TableName, SeededEventId],
                ExpectedStatus: 200,
                EventTemplate: null,
                EventsDirectory: eventsDirectory));
            programs.Add(new ProgramUnderTest(
                FloorHandlerName,
                mode,
                Path.Combine(options.PublishRoot, $"bootstrap-{mode}", "EventFunctions.Benchmarks.Bootstrap.dll"),
                [
                    Path.Combine(options.PublishRoot, $"floor-{mode}"),
                    "EventFunctions.Benchmarks.ColdStartFloor::EventFunctions.Benchmarks.ColdStartFloor.FloorHandler::FunctionHandler",
                ],
                ExpectedStatus: 200,
                EventTemplate: File.ReadAllText(Path.Combine(options.SamplesDirectory, "get-event.json")),
                EventsDirectory: eventsDirectory));
            programs.Add(Handler(options, mode, "GetEvent", "get-event.json", 200, eventsDirectory));
            programs.Add(Create(options, mode, "CreateEvent", eventsDirectory));
            if (options.ComparePublishRoot is { } compare)
            {
                var functions = Path.Combine(compare, $"functions-{mode}");
                foreach (var program in programs.Where(p => p.Mode == mode && p.Name.EndsWith("Event", StringComparison.Ordinal)).ToList())
                {
                    programs.Add(program with { Name = program.Name + " (compare)", Arguments = [functions, .. program.Arguments[1..]] });
                }
            }
        }

        return programs;
    }

    private static ProgramUnderTest Create(RunnerOptions options, string mode, string function, string eventsDirectory) =>
        Handler(options, mode, function, "create-event.json", 201, eventsDirectory) with { FreshId = true };

    private static ProgramUnderTest Handler(
        RunnerOptions options, string mode, string function, string sample, int status, string eventsDirectory) =>
        new(
            function,
            mode,
            Path.Combine(options.PublishRoot, $"bootstrap-{mode}", "EventFunctions.Benchmarks.Bootstrap.dll"),
            [
                Path.Combine(options.PublishRoot, $"functions-{mode}"),
                $"EventFunctions::EventFunctions.Functions_{function}_Generated::FunctionHandler",
            ],
            status,
            File.ReadAllText(Path.Combine(options.SamplesDirectory, sample)),
            eventsDirectory);

    /// <summary>What a Lambda execution environment would give the function, and nothing from this process.</summary>
    private static Dictionary<string, string> ChildEnvironment(string endpoint)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = Environment.GetEnvironmentVariable("PATH") ?? "/usr/bin:/bin",
            ["HOME"] = Environment.GetEnvironmentVariable("HOME") ?? "/tmp",
            ["EVENTS_TABLE_NAME"] = TableName,
            ["AWS_ENDPOINT_URL_DYNAMODB"] = endpoint,
            ["AWS_REGION"] = "us-east-1",
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
            ["DOTNET_NOLOGO"] = "1",
        };
        if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is { } dotnetRoot)
        {
            environment["DOTNET_ROOT"] = dotnetRoot;
        }

        return environment;
    }

    /// <summary>One fresh process; the clock starts just before it is spawned and stops at its first response.</summary>
    private static async Task<Sample> SpawnAsync(ProgramUnderTest program, Dictionary<string, string> environment)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        startInfo.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            startInfo.Environment[name] = value;
        }

        startInfo.ArgumentList.Add("exec");
        startInfo.ArgumentList.Add(program.Path);
        foreach (var argument in program.Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (program.EventTemplate is { } template)
        {
            startInfo.ArgumentList.Add(WriteEvent(program, template));
        }

        using var process = new Process { StartInfo = startInfo };
        var stderr = new StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };

        var spawned = Stopwatch.GetTimestamp();
        process.Start();
        process.BeginErrorReadLine();
        string? line;
        string? timestamps = null;
        while ((line = await process.StandardOutput.ReadLineAsync()) is not null)
        {
            if (line.StartsWith("COLDSTART ", StringComparison.Ordinal))
            {
                timestamps = line;
            }
        }

        if (!process.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            process.Kill(entireProcessTree: true);
        }

        var sample = timestamps is null ? null : Sample.Parse(spawned, timestamps);
        if (process.ExitCode != 0 || sample is null || sample.Status != program.ExpectedStatus)
        {
            lock (stderr)
            {
                throw new InvalidOperationException(
                    $"{program.Name} ({program.Mode}) failed: exit {process.ExitCode}, status {sample?.Status}, "
                    + $"expected {program.ExpectedStatus}. stderr: {stderr}");
            }
        }

        return sample;
    }

    /// <summary>The sample event; for CreateEvent with a fresh eventId in its body, so every run really creates.</summary>
    private static string WriteEvent(ProgramUnderTest program, string template)
    {
        var file = Path.Combine(program.EventsDirectory, Guid.NewGuid().ToString("N") + ".json");
        if (!program.FreshId)
        {
            File.WriteAllText(file, template);
            return file;
        }

        var proxyEvent = JsonNode.Parse(template)!;
        var body = JsonNode.Parse(proxyEvent["body"]!.GetValue<string>())!;
        body["eventId"] = "cold-" + Guid.NewGuid().ToString("N");
        proxyEvent["body"] = body.ToJsonString();
        File.WriteAllText(file, proxyEvent.ToJsonString());
        return file;
    }

    public static string MachineDescription() =>
        $"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}";
}

/// <summary>One program as it is spawned: a Bootstrap over a function, or the floor.</summary>
internal sealed record ProgramUnderTest(
    string Name,
    string Mode,
    string Path,
    string[] Arguments,
    int ExpectedStatus,
    string? EventTemplate,
    string EventsDirectory)
{
    public bool FreshId { get; init; }

    public bool IsFloor => EventTemplate is null;
}

/// <summary>
/// Milliseconds from spawn to each point a child reports: Main entered, function type loaded, INIT done, first response;
/// and the child's JIT work until then (methods compiled at run time, not precompiled by ReadyToRun, and their compile time).
/// The child's Stopwatch timestamps are CLOCK_MONOTONIC, the same clock as this process's.
/// </summary>
internal sealed record Sample(double Main, double Loaded, double Init, double Response, int Status, double JitMs, long JitMethods)
{
    public static Sample? Parse(long spawned, string line)
    {
        var values = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Skip(1)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => long.Parse(pair[1], CultureInfo.InvariantCulture));
        double Since(string key) => Stopwatch.GetElapsedTime(spawned, values[key]).TotalMilliseconds;
        return new Sample(
            Since("main"), Since("loaded"), Since("init"), Since("response"), (int)values["status"], values["jitus"] / 1000.0, values["jitmethods"]);
    }
}

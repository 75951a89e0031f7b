using System.Diagnostics;
using System.Globalization;
using System.Text;
using EventFunctions.Benchmarks.ColdStartFloor;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>
/// The warm per-invocation cost of the process model: the same invocation called in this process
/// (<c>FunctionHandler(Stream)</c> on a handler constructed here with the functions' environment) and through a warm
/// execution environment (<see cref="LambdaFunction.InvokeAsync"/>: Runtime API <c>next</c> → handler in the child →
/// <c>response</c>, no front HTTP). The contenders take turns invocation by invocation, the order rotating, so every
/// i-th sample of each was taken in the same moment of the machine; the difference is taken pairwise.
/// </summary>
internal static class WarmOverheadRunner
{
    private const int WarmUp = 200;

    public static async Task<string> RunAsync(RunnerOptions options)
    {
        await using var harness = await Harness.StartAsync(options);
        foreach (var (name, value) in harness.Variables)
        {
            Environment.SetEnvironmentVariable(name, value);
        }

        // Seeds the item GetEvent reads (the create sample's id), in process.
        var create = new Functions_CreateEvent_Generated();
        var seeded = await InProcessAsync((input) => create.FunctionHandler(input), harness.CreateEventPayload(freshId: false));
        if (Harness.StatusOf(seeded) != 201)
        {
            throw new InvalidOperationException($"Seeding failed: {Encoding.UTF8.GetString(seeded)}");
        }

        var getEvent = new Functions_GetEvent_Generated();
        var noop = new NoopHandler();
        var payload = harness.GetEventPayload();
        var contenders = new List<Contender>
        {
            InProcess("GetEvent", "in process", input => getEvent.FunctionHandler(input), payload),
            Environment_("GetEvent", "executable environment",
                harness.Start(harness.Function("GetEvent"), RuntimeMode.Executable, "EventFunctions", options.FunctionsFolder), payload),
            Environment_("GetEvent", "managed environment",
                harness.Start(harness.Function("GetEvent"), RuntimeMode.Managed, "EventFunctions", options.FunctionsFolder), payload),
            Environment_("GetEvent", "aot environment",
                harness.Start(harness.Function("GetEvent"), RuntimeMode.Aot, "EventFunctions", options.AotFunctionsFolder), payload),
            InProcess("no-I/O handler", "in process", noop.FunctionHandler, payload),
            Environment_("no-I/O handler", "executable environment",
                harness.Start(harness.Floor("Noop"), RuntimeMode.Executable, Harness.FloorAssembly, options.FloorFolder), payload),
            Environment_("no-I/O handler", "aot environment",
                harness.Start(harness.Floor("Noop"), RuntimeMode.Aot, Harness.FloorAssembly, options.AotFloorFolder), payload),
        };

        for (var i = 0; i < WarmUp; i++)
        {
            foreach (var contender in contenders)
            {
                await contender.Invoke();
            }
        }

        for (var i = 0; i < options.Invocations; i++)
        {
            for (var k = 0; k < contenders.Count; k++)
            {
                var contender = contenders[(i + k) % contenders.Count];
                contender.Samples.Add(await contender.Invoke());
            }

            if (i % 100 == 99)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rinvocation {i + 1}/{options.Invocations}"));
            }
        }

        Console.Error.WriteLine();
        // Resident memory of each environment after the warm-up and all measured invocations (VmRSS now, VmHWM = the
        // REPORT line's Max Memory Used), read from /proc before the environments are stopped.
        var memory = contenders.Where(c => c.Lambda is not null)
            .Select(c => (c.Function, c.How, Status: ProcessStatus.Read(c.Lambda!.ProcessIds.Single())))
            .ToList();
        var bytes = await AllocationsAsync(harness, options, getEvent, payload);
        return Format(options, contenders) + FormatAotAgainstManaged(contenders) + FormatMemory(options, memory, bytes);
    }

    private const int AllocationInvocations = 200;

    private static string FormatAotAgainstManaged(List<Contender> contenders)
    {
        double Median(string how) => Stats.Median(contenders.Single(c => c.Function == "GetEvent" && c.How == how).Samples.Select(s => s.WallUs));
        var paired = contenders.Single(c => c.Function == "GetEvent" && c.How == "aot environment").Samples
            .Zip(contenders.Single(c => c.Function == "GetEvent" && c.How == "managed environment").Samples, (a, m) => a.WallUs - m.WallUs)
            .ToList();
        var (aot, managed) = (Median("aot environment"), Median("managed environment"));
        return string.Create(CultureInfo.InvariantCulture,
            $"\nTarget: aot warm invocation no slower than managed. GetEvent median aot {aot:0} µs vs managed {managed:0} µs (× {aot / managed:0.00}); "
            + $"aot − managed paired by invocation: median {Stats.Median(paired):0} µs, p90 {Stats.Percentile(paired, 0.9):0} µs: "
            + $"{(aot <= managed ? "**met**" : "**not met**")}.\n");
    }

    /// <summary>
    /// Allocated bytes per GetEvent invocation. In process: <see cref="GC.GetTotalAllocatedBytes(bool)"/> (precise) of
    /// this process around the handler call and the copy of its response. In an environment (fresh ones, with
    /// <c>ANNOTATIONS_REPORT_ALLOCATIONS=1</c>, so the timed ones above ran without it): the bytes the environment's own
    /// runtime loop reports per invocation cycle — handler, Runtime API <c>response</c> and <c>next</c>, and the report line itself.
    /// </summary>
    private static async Task<List<(string How, double Median, double P90)>> AllocationsAsync(
        Harness harness, RunnerOptions options, Functions_GetEvent_Generated getEvent, byte[] payload)
    {
        var results = new List<(string How, double Median, double P90)>();
        var inProcess = new List<double>();
        for (var i = 0; i < WarmUp + AllocationInvocations; i++)
        {
            var before = GC.GetTotalAllocatedBytes(precise: true);
            await InProcessAsync(input => getEvent.FunctionHandler(input), payload);
            if (i >= WarmUp)
            {
                inProcess.Add(GC.GetTotalAllocatedBytes(precise: true) - before);
            }
        }

        results.Add(("in process (handler + response copy)", Stats.Median(inProcess), Stats.Percentile(inProcess, 0.9)));
        var report = new Dictionary<string, string>(StringComparer.Ordinal) { ["ANNOTATIONS_REPORT_ALLOCATIONS"] = "1" };
        foreach (var (how, mode, folder) in new[]
        {
            ("executable environment (whole cycle)", RuntimeMode.Executable, options.FunctionsFolder),
            ("managed environment (whole cycle)", RuntimeMode.Managed, options.FunctionsFolder),
            ("aot environment (whole cycle)", RuntimeMode.Aot, options.AotFunctionsFolder),
        })
        {
            var lambda = harness.Start(harness.Function("GetEvent"), mode, "EventFunctions", folder, report);
            var samples = new List<double>();
            for (var i = 0; i < WarmUp + AllocationInvocations; i++)
            {
                var result = await lambda.InvokeAsync(payload, Guid.NewGuid().ToString());
                Check("GetEvent", result.Payload);
                if (i >= WarmUp)
                {
                    samples.Add(LogReport.Parse(result.LogTail).AllocatedBytes
                        ?? throw new InvalidOperationException($"No ALLOCATED_BYTES line:\n{result.LogTail}"));
                }
            }

            results.Add((how, Stats.Median(samples), Stats.Percentile(samples, 0.9)));
        }

        return results;
    }

    private static string FormatMemory(
        RunnerOptions options, List<(string Function, string How, ProcessStatus Status)> memory, List<(string How, double Median, double P90)> bytes)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine();
        text.AppendLine(invariant, $"Resident memory per environment after {WarmUp} + {options.Invocations} invocations (`/proc/PID/status`; VmHWM is REPORT's Max Memory Used). Target for aot: ≤ 64 MB.");
        text.AppendLine();
        text.AppendLine("| function | how | VmRSS MB | VmHWM MB (Max Memory Used) | target ≤ 64 MB (aot) |");
        text.AppendLine("|---|---|---:|---:|---|");
        foreach (var (function, how, status) in memory)
        {
            var target = how.StartsWith("aot", StringComparison.Ordinal) ? (status.HwmKb <= 64 * 1024 ? "**met**" : "**not met**") : string.Empty;
            text.AppendLine(invariant, $"| {function} | {how} | {status.RssKb / 1024.0:0.0} | {status.HwmKb / 1024.0:0.0} | {target} |");
        }

        text.AppendLine();
        text.AppendLine(invariant, $"Allocated bytes per warm GetEvent invocation, {AllocationInvocations} after {WarmUp} unmeasured (GC-allocated bytes, precise).");
        text.AppendLine("In process: the benchmark process around the handler call. Environments: `ANNOTATIONS_REPORT_ALLOCATIONS=1`, the runtime loop's");
        text.AppendLine("per-cycle figure (handler + the Runtime API client's `response` and `next` + the ~100 B report line), fresh environments.");
        text.AppendLine();
        text.AppendLine("| how | median bytes | p90 bytes |");
        text.AppendLine("|---|---:|---:|");
        foreach (var (how, median, p90) in bytes)
        {
            text.AppendLine(invariant, $"| {how} | {median:N0} | {p90:N0} |");
        }

        return text.ToString();
    }

    private static Contender InProcess(string function, string how, Func<Stream, Task<Stream>> handler, byte[] payload) =>
        new(function, how, null, async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var output = await InProcessAsync(handler, payload);
            var wall = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            Check(function, output);
            return new WarmSample(wall, null);
        });

    // The runtime hands the event over as bytes and sends the response's bytes: the same here, in process.
    private static async Task<byte[]> InProcessAsync(Func<Stream, Task<Stream>> handler, byte[] payload)
    {
        using var input = new MemoryStream(payload, writable: false);
        await using var output = await handler(input);
        using var copy = new MemoryStream();
        await output.CopyToAsync(copy);
        return copy.ToArray();
    }

    private static Contender Environment_(string function, string how, LambdaFunction lambda, byte[] payload) =>
        new(function, how, lambda, async () =>
        {
            var started = Stopwatch.GetTimestamp();
            var result = await lambda.InvokeAsync(payload, Guid.NewGuid().ToString());
            var wall = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            if (result.Error is not null)
            {
                throw new InvalidOperationException($"{function} ({how}) failed: {Encoding.UTF8.GetString(result.Payload)}\n{result.LogTail}");
            }

            Check(function, result.Payload);
            return new WarmSample(wall, LogReport.Parse(result.LogTail).DurationMs * 1000);
        });

    private static void Check(string function, byte[] output)
    {
        if (Harness.StatusOf(output) != 200)
        {
            throw new InvalidOperationException($"{function} answered {Encoding.UTF8.GetString(output)}");
        }
    }

    private static string Format(RunnerOptions options, List<Contender> contenders)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# Warm per-invocation cost of the process model ({options.Label})");
        text.AppendLine();
        text.AppendLine(invariant, $"{options.Invocations} measured invocations per contender after {WarmUp} unmeasured, the contenders taking turns (order rotating), {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Stats.Machine()}.");
        text.AppendLine("GetEvent reads a seeded item from dynalite on 127.0.0.1 (consistent GetItem); the no-I/O handler returns a constant.");
        text.AppendLine("**in process**: `FunctionHandler(Stream)` on a handler constructed in the benchmark process (event bytes in, response bytes out).");
        text.AppendLine("**environment**: `LambdaFunction.InvokeAsync` on a warm execution environment (child process, Runtime API on loopback, no front HTTP),");
        text.AppendLine("code published with ReadyToRun (executable, managed) or Native AOT (aot). **REPORT Duration** = the environment's own `Duration` (event handed over to response received).");
        text.AppendLine("Microseconds.");
        text.AppendLine();
        text.AppendLine("| function | how | median | p90 | p99 | REPORT Duration median | REPORT Duration p90 |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|");
        foreach (var contender in contenders)
        {
            var wall = contender.Samples.Select(s => s.WallUs).ToList();
            var report = contender.Samples.Where(s => s.ReportUs is not null).Select(s => s.ReportUs!.Value).ToList();
            var reportCells = report.Count == 0
                ? "| | |"
                : string.Create(invariant, $"| {Stats.Median(report):0} | {Stats.Percentile(report, 0.9):0} |");
            text.AppendLine(invariant,
                $"| {contender.Function} | {contender.How} | {Stats.Median(wall):0} | {Stats.Percentile(wall, 0.9):0} | {Stats.Percentile(wall, 0.99):0} {reportCells}");
        }

        text.AppendLine();
        text.AppendLine("Added by the process model, per invocation: environment − in process, paired by invocation index (µs).");
        text.AppendLine("Target: ≤ 1,000 µs at p50 on loopback.");
        text.AppendLine();
        text.AppendLine("| function | how | added median (paired) | added p90 (paired) | difference of medians | ratio of medians | target (paired median) |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---|");
        foreach (var group in contenders.GroupBy(c => c.Function))
        {
            var baseline = group.Single(c => c.How == "in process");
            foreach (var contender in group.Where(c => c != baseline))
            {
                var added = contender.Samples.Zip(baseline.Samples, (a, b) => a.WallUs - b.WallUs).ToList();
                var (mine, theirs) = (Stats.Median(contender.Samples.Select(s => s.WallUs)), Stats.Median(baseline.Samples.Select(s => s.WallUs)));
                var median = Stats.Median(added);
                text.AppendLine(invariant,
                    $"| {group.Key} | {contender.How} | {median:0} | {Stats.Percentile(added, 0.9):0} | {mine - theirs:0} | {mine / theirs:0.00} | {(median <= 1000 ? "met" : "not met")} |");
            }
        }

        return text.ToString();
    }

    private sealed record Contender(string Function, string How, LambdaFunction? Lambda, Func<Task<WarmSample>> Invoke)
    {
        public List<WarmSample> Samples { get; } = [];
    }

    private sealed record WarmSample(double WallUs, double? ReportUs);
}

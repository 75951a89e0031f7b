using System.Diagnostics;
using System.Globalization;
using System.Text;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>
/// GetEvent's cold start and warm invocations with the environment's CPU limited as Lambda limits it by memory size
/// (1,769 MB = one vCPU): each configuration's environments join a cgroup v1 <c>cpu</c> directory with
/// <c>cfs_quota_us = cfs_period_us × MB / 1769</c> before their runtime starts (<see cref="EnvironmentSettings.CpuCgroup"/>).
/// Cold starts take turns (every configuration once per round, shuffled) as in <see cref="ColdStartRunner"/>; then one
/// warm environment per configuration, taking turns invocation by invocation. Cost = memory × billed duration.
/// </summary>
internal static class MemorySizeRunner
{
    /// <summary>The CFS period: 20 ms lets the smallest size (128 MB: 1.45 ms per period) stay above the kernel's 1 ms minimum quota.</summary>
    public const int PeriodUs = 20_000;

    /// <summary>AWS Lambda x86_64 price per GB-second (us-east-1, first tier), https://aws.amazon.com/lambda/pricing/.</summary>
    public const double PricePerGbSecond = 0.0000166667;

    private const string CgroupRoot = "/sys/fs/cgroup/cpu";
    private const int WarmUp = 50;

    private static readonly (RuntimeMode Mode, int MemoryMb)[] Configurations =
        [(RuntimeMode.Aot, 128), (RuntimeMode.Aot, 256), (RuntimeMode.Aot, 512), (RuntimeMode.Aot, 1024), (RuntimeMode.Managed, 512), (RuntimeMode.Managed, 1024)];

    public static async Task<string> RunAsync(RunnerOptions options)
    {
        var cgroups = new List<string>();
        try
        {
            foreach (var (mode, mb) in Configurations)
            {
                cgroups.Add(CreateCgroup($"eventfunctions-bench-{Environment.ProcessId}-{RuntimeModes.Name(mode)}-{mb}", mb));
            }

            return await MeasureAsync(options, cgroups);
        }
        finally
        {
            // The environments are stopped (the harness disposed) before this: an empty cgroup can be removed.
            foreach (var cgroup in cgroups)
            {
                Directory.Delete(cgroup);
            }
        }
    }

    private static string CreateCgroup(string name, int memoryMb)
    {
        var path = Path.Combine(CgroupRoot, name);
        Directory.CreateDirectory(path);
        File.WriteAllText(Path.Combine(path, "cpu.cfs_period_us"), PeriodUs.ToString(CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(path, "cpu.cfs_quota_us"), Quota(memoryMb).ToString(CultureInfo.InvariantCulture));
        return path;
    }

    private static long Quota(int memoryMb) => (long)PeriodUs * memoryMb / 1769;

    private static async Task<string> MeasureAsync(RunnerOptions options, List<string> cgroups)
    {
        await using var harness = await Harness.StartAsync(options);
        var seed = harness.Start(harness.Function("CreateEvent"), RuntimeMode.Executable, "EventFunctions", options.FunctionsFolder);
        var seeded = await seed.InvokeAsync(harness.CreateEventPayload(freshId: false), Guid.NewGuid().ToString());
        if (Harness.StatusOf(seeded.Payload) != 201)
        {
            throw new InvalidOperationException($"Seeding failed: {Encoding.UTF8.GetString(seeded.Payload)}");
        }

        var contenders = Configurations.Select((c, i) =>
        {
            var function = harness.Function("GetEvent") with { MemorySize = c.MemoryMb };
            var folder = options.Folder(c.Mode, floor: false);
            return new ColdStartRunner.Contender(
                $"{c.MemoryMb}", c.Mode, false, folder,
                harness.Start(function, c.Mode, "EventFunctions", folder, cpuCgroup: cgroups[i]), harness.GetEventPayload, 200);
        }).ToList();

        foreach (var contender in contenders)
        {
            await ColdStartRunner.MeasureAsync(harness, contender);
        }

        var cold = contenders.ToDictionary(c => c, _ => new List<ColdStartRunner.ColdSample>());
        var random = new Random(8);
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var contender in contenders.OrderBy(_ => random.Next()))
            {
                cold[contender].Add(await ColdStartRunner.MeasureAsync(harness, contender));
            }

            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rcold round {run + 1}/{options.Runs}"));
        }

        Console.Error.WriteLine();
        var warm = contenders.ToDictionary(c => c, _ => new List<(double WallUs, double DurationMs)>());
        for (var i = 0; i < WarmUp + options.Invocations; i++)
        {
            for (var k = 0; k < contenders.Count; k++)
            {
                var contender = contenders[(i + k) % contenders.Count];
                var started = Stopwatch.GetTimestamp();
                var result = await contender.Function.InvokeAsync(harness.GetEventPayload(), Guid.NewGuid().ToString());
                var wall = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                if (result.Error is not null || Harness.StatusOf(result.Payload) != 200)
                {
                    throw new InvalidOperationException($"GetEvent at {contender.Name} MB failed: {Encoding.UTF8.GetString(result.Payload)}\n{result.LogTail}");
                }

                if (i >= WarmUp)
                {
                    warm[contender].Add((wall, LogReport.Parse(result.LogTail).DurationMs));
                }
            }

            if (i % 100 == 99)
            {
                Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rwarm invocation {i + 1}/{WarmUp + options.Invocations}"));
            }
        }

        Console.Error.WriteLine();
        return Format(options, contenders, cold, warm);
    }

    private static double GbSeconds(int memoryMb, double billedMs) => memoryMb / 1024.0 * billedMs / 1000.0;

    private static string Format(
        RunnerOptions options, List<ColdStartRunner.Contender> contenders,
        Dictionary<ColdStartRunner.Contender, List<ColdStartRunner.ColdSample>> cold,
        Dictionary<ColdStartRunner.Contender, List<(double WallUs, double DurationMs)>> warm)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# GetEvent by memory size, CPU emulated by a cgroup ({options.Label})");
        text.AppendLine();
        text.AppendLine(invariant, $"{options.Runs} cold starts per configuration (every configuration once per round, shuffled), then {options.Invocations} warm invocations each after {WarmUp} unmeasured (taking turns), {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Stats.Machine()}.");
        text.AppendLine(invariant, $"CPU: the environment's process joins a cgroup v1 `cpu` group before its runtime starts (the spawning shell writes its own PID into `cgroup.procs`, then `exec`s): `cfs_period_us` = {PeriodUs}, `cfs_quota_us` = period × MB / 1769 (Lambda: 1,769 MB = one vCPU).");
        text.AppendLine("The Runtime API endpoint and dynalite run unthrottled (outside the sandbox, as on Lambda). Billed = ceil(ms); a cold start bills Init + Duration (INIT is billed, Aug 2025).");
        text.AppendLine(invariant, $"Cost: GB-s = MB / 1024 × billed ms / 1000, at ${PricePerGbSecond} per GB-s (x86_64); per million invocations in USD (compute only; the $0.20 per million requests is the same for every size).");
        text.AppendLine();
        text.AppendLine("| mode | MB | quota µs / period | cold wall median | cold wall p90 | Init median | Duration median | cold billed ms (median) | cold GB-s | warm wall median µs | warm wall p90 µs | warm Duration median ms | warm Duration p90 ms | warm billed ms (median) | warm GB-s | warm $ per 1M | cold $ per 1M |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var contender in contenders)
        {
            var mb = int.Parse(contender.Name, CultureInfo.InvariantCulture);
            var coldRuns = cold[contender];
            var coldBilled = Stats.Median(coldRuns.Select(s => Math.Ceiling(s.InitMs + s.DurationMs)));
            var warmRuns = warm[contender];
            var warmBilled = Stats.Median(warmRuns.Select(s => Math.Ceiling(s.DurationMs)));
            var (coldGbs, warmGbs) = (GbSeconds(mb, coldBilled), GbSeconds(mb, warmBilled));
            text.AppendLine(invariant,
                $"| {RuntimeModes.Name(contender.Mode)} | {mb} | {Quota(mb)} / {PeriodUs} "
                + $"| {Stats.Median(coldRuns.Select(s => s.WallMs)):0.0} | {Stats.Percentile(coldRuns.Select(s => s.WallMs).ToList(), 0.9):0.0} "
                + $"| {Stats.Median(coldRuns.Select(s => s.InitMs)):0.0} | {Stats.Median(coldRuns.Select(s => s.DurationMs)):0.0} | {coldBilled:0} | {coldGbs:0.000000} "
                + $"| {Stats.Median(warmRuns.Select(s => s.WallUs)):0} | {Stats.Percentile(warmRuns.Select(s => s.WallUs).ToList(), 0.9):0} "
                + $"| {Stats.Median(warmRuns.Select(s => s.DurationMs)):0.00} | {Stats.Percentile(warmRuns.Select(s => s.DurationMs).ToList(), 0.9):0.00} "
                + $"| {warmBilled:0} | {warmGbs:0.0000000} | {warmGbs * PricePerGbSecond * 1e6:0.000} | {coldGbs * PricePerGbSecond * 1e6:0.000} |");
        }

        return text.ToString();
    }
}

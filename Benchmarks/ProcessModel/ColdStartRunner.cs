using System.Diagnostics;
using System.Globalization;
using System.Text;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>
/// Cold starts through the Runtime API: per round, every contender once in a shuffled order; each time its idle
/// environment is dropped (a deploy of the same folder as a new version), so the invocation starts a fresh process.
/// The clock runs from just before <see cref="LambdaFunction.InvokeAsync"/> to its result; Init Duration and Duration
/// come from the invocation's REPORT line.
/// </summary>
internal static class ColdStartRunner
{
    private const string FloorName = "floor (client + GetItem)";

    /// <summary>Every mode has the same three contenders: the floor, GetEvent and CreateEvent.</summary>
    private static readonly RuntimeMode[] Modes = [RuntimeMode.Executable, RuntimeMode.Managed, RuntimeMode.Aot];

    public static async Task<string> RunAsync(RunnerOptions options)
    {
        await using var harness = await Harness.StartAsync(options);
        var contenders = new List<Contender>();
        foreach (var mode in Modes)
        {
            var (floorFolder, functionsFolder) = (options.Folder(mode, floor: true), options.Folder(mode, floor: false));
            contenders.Add(new Contender(FloorName, mode, true, floorFolder,
                harness.Start(harness.Floor("Floor"), mode, Harness.FloorAssembly, floorFolder), harness.GetEventPayload, 200));
            contenders.Add(new Contender("GetEvent", mode, false, functionsFolder,
                harness.Start(harness.Function("GetEvent"), mode, "EventFunctions", functionsFolder), harness.GetEventPayload, 200));
            contenders.Add(new Contender("CreateEvent", mode, false, functionsFolder,
                harness.Start(harness.Function("CreateEvent"), mode, "EventFunctions", functionsFolder),
                () => harness.CreateEventPayload(), 201));
        }

        // Seeds the GetEvent (and floor) target with the create sample's own id, then runs each contender once untimed
        // so that every measured start finds the same warm OS file cache.
        var seed = contenders.First(c => c.Name == "CreateEvent");
        await MeasureAsync(harness, seed with { Payload = () => harness.CreateEventPayload(freshId: false), ExpectedStatus = 201 });
        foreach (var contender in contenders)
        {
            await MeasureAsync(harness, contender);
        }

        var samples = contenders.ToDictionary(c => c, _ => new List<ColdSample>());
        var random = new Random(6);
        for (var run = 0; run < options.Runs; run++)
        {
            foreach (var contender in contenders.OrderBy(_ => random.Next()))
            {
                samples[contender].Add(await MeasureAsync(harness, contender));
            }

            Console.Error.Write(string.Create(CultureInfo.InvariantCulture, $"\rround {run + 1}/{options.Runs}"));
        }

        Console.Error.WriteLine();
        return Format(options, samples);
    }

    /// <summary>One cold start of <paramref name="contender"/>, then its environment dropped (shared with the memory-size runner).</summary>
    internal static async Task<ColdSample> MeasureAsync(Harness harness, Contender contender)
    {
        var payload = contender.Payload();
        var started = Stopwatch.GetTimestamp();
        var result = await contender.Function.InvokeAsync(payload, Guid.NewGuid().ToString());
        var wall = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        // Drops the idle environment now: the next invocation of this contender is a cold start, and no idle process
        // of it competes with the others meanwhile.
        await contender.Function.DeployAsync(harness.NewCode(contender.Folder));
        if (result.Error is not null || Harness.StatusOf(result.Payload) != contender.ExpectedStatus)
        {
            throw new InvalidOperationException(
                $"{contender.Name} ({RuntimeModes.Name(contender.Mode)}) failed: {Encoding.UTF8.GetString(result.Payload)}\n{result.LogTail}");
        }

        var report = LogReport.Parse(result.LogTail);
        var init = report.InitDurationMs ?? throw new InvalidOperationException($"{contender.Name} was not a cold start:\n{result.LogTail}");
        return new ColdSample(wall, init, report.DurationMs);
    }

    private static string Format(RunnerOptions options, Dictionary<Contender, List<ColdSample>> samples)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# Cold start through the Runtime API ({options.Label})");
        text.AppendLine();
        text.AppendLine(invariant, $"{options.Runs} rounds, every contender once per round in a shuffled order, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Stats.Machine()}.");
        text.AppendLine("Code published as the deployment does: executable and managed mode `dotnet publish -c Release -r linux-x64 --no-self-contained -p:PublishReadyToRun=true`;");
        text.AppendLine("aot mode the functions' `bootstrap` from `scripts/publish-aot.sh` and the floor program published with `-p:PublishAot=true` (same settings).");
        text.AppendLine("Each start: `LambdaFunction.InvokeAsync` with no idle environment (the previous one dropped by a deploy).");
        text.AppendLine("**wall** = ms from just before the invoke to its result (Runtime API endpoint start, process spawn, INIT, invoke, answer);");
        text.AppendLine("**Init** = REPORT `Init Duration` (spawn to the runtime's first `invocation/next`); **Duration** = REPORT `Duration`");
        text.AppendLine("(event handed over to response received); **rest** = median of wall − Init − Duration per start (the emulator's own work).");
        text.AppendLine("Ratios are of wall medians: to the executable floor, and to the floor of the same mode.");
        text.AppendLine();
        text.AppendLine("| contender | mode | wall median | wall p90 | wall min | Init median | Init p90 | Duration median | Duration p90 | rest | ratio to executable floor | ratio to same-mode floor |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var executableFloor = Stats.Median(samples.Single(s => s.Key.IsFloor && s.Key.Mode == RuntimeMode.Executable).Value.Select(s => s.WallMs));
        foreach (var (contender, runs) in samples)
        {
            var modeFloor = Stats.Median(samples.Single(s => s.Key.IsFloor && s.Key.Mode == contender.Mode).Value.Select(s => s.WallMs));
            var wall = runs.Select(s => s.WallMs).ToList();
            var init = runs.Select(s => s.InitMs).ToList();
            var duration = runs.Select(s => s.DurationMs).ToList();
            text.AppendLine(invariant,
                $"| {contender.Name} | {RuntimeModes.Name(contender.Mode)} | {Stats.Median(wall):0.0} | {Stats.Percentile(wall, 0.9):0.0} | {wall.Min():0.0} "
                + $"| {Stats.Median(init):0.0} | {Stats.Percentile(init, 0.9):0.0} | {Stats.Median(duration):0.0} | {Stats.Percentile(duration, 0.9):0.0} "
                + $"| {Stats.Median(runs.Select(s => s.WallMs - s.InitMs - s.DurationMs)):0.0} "
                + $"| {Stats.Median(wall) / executableFloor:0.00} | {Stats.Median(wall) / modeFloor:0.00} |");
        }

        text.AppendLine();
        text.AppendLine("Targets for the aot functions (wall medians): ≤ 1.5 × the aot floor, ≤ 0.15 × the managed mode of the same function.");
        text.AppendLine();
        text.AppendLine("| function | aot wall median | aot floor | × aot floor | target ≤ 1.5 | managed wall median | × managed | target ≤ 0.15 | executable wall median | × executable |");
        text.AppendLine("|---|---:|---:|---:|---|---:|---:|---|---:|---:|");
        double WallMedian(string name, RuntimeMode mode) =>
            Stats.Median(samples.Single(s => s.Key.Name == name && s.Key.Mode == mode).Value.Select(s => s.WallMs));
        foreach (var name in (string[])["GetEvent", "CreateEvent"])
        {
            var (aot, aotFloor) = (WallMedian(name, RuntimeMode.Aot), WallMedian(FloorName, RuntimeMode.Aot));
            var (managed, executable) = (WallMedian(name, RuntimeMode.Managed), WallMedian(name, RuntimeMode.Executable));
            text.AppendLine(invariant,
                $"| {name} | {aot:0.0} | {aotFloor:0.0} | {aot / aotFloor:0.00} | {Met(aot / aotFloor <= 1.5)} | {managed:0.0} | {aot / managed:0.000} | {Met(aot / managed <= 0.15)} | {executable:0.0} | {aot / executable:0.000} |");
        }

        text.AppendLine();
        text.Append(PackageSizes.Format(options));
        return text.ToString();
    }

    private static string Met(bool met) => met ? "**met**" : "**not met**";

    internal sealed record Contender(
        string Name, RuntimeMode Mode, bool IsFloor, string Folder, LambdaFunction Function, Func<byte[]> Payload, int ExpectedStatus);

    internal sealed record ColdSample(double WallMs, double InitMs, double DurationMs);
}

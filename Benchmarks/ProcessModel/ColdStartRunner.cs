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
    public static async Task<string> RunAsync(RunnerOptions options)
    {
        await using var harness = await Harness.StartAsync(options);
        var contenders = new List<Contender>();
        foreach (var mode in (RuntimeMode[])[RuntimeMode.Executable, RuntimeMode.Managed])
        {
            var floorFunction = harness.Floor("Floor");
            contenders.Add(new Contender($"floor (client + GetItem)", mode, true, options.FloorFolder,
                harness.Start(floorFunction, mode, Harness.FloorAssembly, options.FloorFolder), harness.GetEventPayload, 200));
            contenders.Add(new Contender("GetEvent", mode, false, options.FunctionsFolder,
                harness.Start(harness.Function("GetEvent"), mode, "EventFunctions", options.FunctionsFolder), harness.GetEventPayload, 200));
            contenders.Add(new Contender("CreateEvent", mode, false, options.FunctionsFolder,
                harness.Start(harness.Function("CreateEvent"), mode, "EventFunctions", options.FunctionsFolder),
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

    private static async Task<ColdSample> MeasureAsync(Harness harness, Contender contender)
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
        text.AppendLine("Code published as the deployment does (`dotnet publish -c Release -r linux-x64 --no-self-contained -p:PublishReadyToRun=true`).");
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

        return text.ToString();
    }

    private sealed record Contender(
        string Name, RuntimeMode Mode, bool IsFloor, string Folder, LambdaFunction Function, Func<byte[]> Payload, int ExpectedStatus);

    private sealed record ColdSample(double WallMs, double InitMs, double DurationMs);
}

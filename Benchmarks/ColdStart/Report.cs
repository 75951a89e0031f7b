using System.Globalization;
using System.Text;

namespace EventFunctions.Benchmarks.ColdStart;

/// <summary>The cold-start table: median and p90 to first response, the phases' medians, the ratio to the floor.</summary>
internal static class Report
{
    public static string Format(RunnerOptions options, Dictionary<ProgramUnderTest, List<Sample>> samples)
    {
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# Cold start ({options.Label})");
        text.AppendLine();
        text.AppendLine(invariant, $"{options.Runs} fresh processes per program, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {ColdStartRunner.MachineDescription()}.");
        text.AppendLine("Milliseconds from spawning `dotnet exec` to the first response (parent's and child's CLOCK_MONOTONIC).");
        text.AppendLine("Phases (medians): runtime start = spawn to Main; load = handler type resolved from the publish folder;");
        text.AppendLine("INIT = handler constructed (floor: client built); invoke = first response. JIT = methods compiled at run time");
        text.AppendLine("until the first response and the time spent compiling them (medians; all threads).");
        text.AppendLine("Ratios: our median over the floor program's (the target's definition), and over the floor's handler class");
        text.AppendLine("loaded by the same Bootstrap (which leaves only our code's overhead: the stand-in's own load is in both).");
        if (options.ComparePublishRoot is { } compare)
        {
            // Outside the repository only the folder's name: a results file must not carry this machine's paths.
            var relative = Path.GetRelativePath(options.Root, compare);
            var shown = relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFileName(compare) : relative;
            text.AppendLine(invariant, $"Rows marked (compare) load the functions published in `{shown}`, in the same rounds.");
        }

        text.AppendLine();
        text.AppendLine("| program | R2R | median | p90 | min | runtime start | load | INIT | first invoke | JIT methods | JIT ms | ratio to floor | ratio to floor handler |");
        text.AppendLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var mode in options.Modes)
        {
            var floor = Median(samples.Single(s => s.Key.Mode == mode && s.Key.IsFloor).Value.Select(s => s.Response));
            var floorHandler = Median(samples.Single(s => s.Key.Mode == mode && s.Key.Name == ColdStartRunner.FloorHandlerName)
                .Value.Select(s => s.Response));
            foreach (var (program, runs) in samples.Where(s => s.Key.Mode == mode))
            {
                var total = runs.Select(s => s.Response).ToList();
                text.AppendLine(invariant,
                    $"| {program.Name} | {(mode == "r2r" ? "yes" : "no")} | {Median(total):0.0} | {Percentile(total, 0.9):0.0} | {total.Min():0.0} "
                    + $"| {Median(runs.Select(s => s.Main)):0.0} | {Median(runs.Select(s => s.Loaded - s.Main)):0.0} "
                    + $"| {Median(runs.Select(s => s.Init - s.Loaded)):0.0} | {Median(runs.Select(s => s.Response - s.Init)):0.0} "
                    + $"| {Median(runs.Select(s => (double)s.JitMethods)):0} | {Median(runs.Select(s => s.JitMs)):0.0} "
                    + $"| {Median(total) / floor:0.00} | {Median(total) / floorHandler:0.00} |");
            }
        }

        return text.ToString();
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.ToList(), 0.5);

    /// <summary>Linear interpolation between the closest ranks.</summary>
    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        var rank = p * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}

using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BenchmarkDotNet.Reports;

namespace EventFunctions.Benchmarks.WarmPath;

/// <summary>Handler next to floor per function: mean time, ratio, bytes allocated per invocation.</summary>
internal static class WarmPathReport
{
    public static string Format(string label, IReadOnlyList<Summary> summaries)
    {
        var reports = summaries.SelectMany(s => s.Reports).Where(r => r.ResultStatistics is not null).ToList();
        var text = new StringBuilder();
        var invariant = CultureInfo.InvariantCulture;
        text.AppendLine(invariant, $"# Warm path ({label})");
        text.AppendLine();
        text.AppendLine(invariant, $"BenchmarkDotNet 0.14.0, in-process, {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}.");
        text.AppendLine("Per invocation: the generated handler with DynamoDB answered from canned responses, next to the floor");
        text.AppendLine("(deserialize the same proxy event, serialize the same proxy response).");
        text.AppendLine();
        text.AppendLine("| function | handler ns | floor ns | handler/floor | handler bytes | floor bytes |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var group in reports.GroupBy(r => r.BenchmarkCase.Descriptor.Categories[0]))
        {
            var floor = group.FirstOrDefault(r => r.BenchmarkCase.Descriptor.Baseline);
            if (floor is null)
            {
                continue;
            }

            // A row per handler against the function's one floor: "handler" is the function as sent, "handler, X" a variant.
            foreach (var handler in group.Where(r => !r.BenchmarkCase.Descriptor.Baseline))
            {
                var description = handler.BenchmarkCase.Descriptor.WorkloadMethodDisplayInfo.Trim('\'');
                var name = description.StartsWith("handler, ", StringComparison.Ordinal) ? $"{group.Key} ({description[9..]})" : group.Key;
                text.AppendLine(invariant,
                    $"| {name} "
                    + $"| {handler.ResultStatistics!.Mean:N0} | {floor.ResultStatistics!.Mean:N0} "
                    + $"| {handler.ResultStatistics.Mean / floor.ResultStatistics.Mean:0.00} "
                    + $"| {Bytes(handler):N0} | {Bytes(floor):N0} |");
            }
        }

        return text.ToString();
    }

    public static string FindRoot()
    {
        for (var directory = new DirectoryInfo(Directory.GetCurrentDirectory()); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "EventFunctions.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("Run from inside the repository: no EventFunctions.sln above the current directory.");
    }

    private static long Bytes(BenchmarkReport report) => report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0;
}

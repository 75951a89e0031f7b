using System.Globalization;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>The figures of an invocation's REPORT line (its <c>LogTail</c>): <c>Duration</c>, and <c>Init Duration</c> on a cold start.</summary>
internal sealed record LogReport(double DurationMs, double? InitDurationMs, int? MaxMemoryUsedMb = null, long? AllocatedBytes = null)
{
    public static LogReport Parse(string logTail)
    {
        var line = logTail.Split('\n').LastOrDefault(l => l.StartsWith("REPORT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No REPORT line in the invocation's log: {logTail}");
        double? duration = null;
        double? init = null;
        int? memory = null;
        // The environment's opt-in allocation report (ANNOTATIONS_REPORT_ALLOCATIONS=1): one line per invocation.
        var allocated = logTail.Split('\n').LastOrDefault(l => l.StartsWith("ALLOCATED_BYTES ", StringComparison.Ordinal)) is { } allocation
            ? long.Parse(allocation["ALLOCATED_BYTES ".Length..].Trim(), CultureInfo.InvariantCulture)
            : (long?)null;
        foreach (var field in line.Split('\t'))
        {
            if (field.StartsWith("Duration: ", StringComparison.Ordinal))
            {
                duration = Milliseconds(field["Duration: ".Length..]);
            }
            else if (field.StartsWith("Init Duration: ", StringComparison.Ordinal))
            {
                init = Milliseconds(field["Init Duration: ".Length..]);
            }
            else if (field.StartsWith("Max Memory Used: ", StringComparison.Ordinal))
            {
                memory = int.Parse(field["Max Memory Used: ".Length..].Replace(" MB", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return new LogReport(duration ?? throw new InvalidOperationException($"No Duration in '{line}'."), init, memory, allocated);
    }

    private static double Milliseconds(string text) =>
        double.Parse(text.Replace(" ms", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>The figures of an invocation's REPORT line (its <c>LogTail</c>): <c>Duration</c>, and <c>Init Duration</c> on a cold start.</summary>
internal sealed record LogReport(double DurationMs, double? InitDurationMs)
{
    public static LogReport Parse(string logTail)
    {
        var line = logTail.Split('\n').LastOrDefault(l => l.StartsWith("REPORT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"No REPORT line in the invocation's log: {logTail}");
        double? duration = null;
        double? init = null;
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
        }

        return new LogReport(duration ?? throw new InvalidOperationException($"No Duration in '{line}'."), init);
    }

    private static double Milliseconds(string text) =>
        double.Parse(text.Replace(" ms", string.Empty, StringComparison.Ordinal).Trim(), CultureInfo.InvariantCulture);
}

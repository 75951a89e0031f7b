using System.Globalization;

namespace EventFunctions.Benchmarks.ProcessModel;

/// <summary>A process's resident memory from <c>/proc/PID/status</c>, in kB: now (<c>VmRSS</c>) and its peak (<c>VmHWM</c>).</summary>
internal sealed record ProcessStatus(long RssKb, long HwmKb)
{
    public static ProcessStatus Read(int pid)
    {
        long rss = 0, hwm = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kilobytes(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kilobytes(line);
            }
        }

        return new ProcessStatus(rss, hwm);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture);
}

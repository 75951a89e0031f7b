using System.Globalization;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>Reads a process's peak resident memory (<c>VmHWM</c> in <c>/proc/PID/status</c>): Lambda's "Max Memory Used".</summary>
internal static class ProcessMemory
{
    public static long? PeakResidentMegabytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal)
                    && long.TryParse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var kilobytes))
                {
                    return (kilobytes + 1023) / 1024;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return null;
    }
}

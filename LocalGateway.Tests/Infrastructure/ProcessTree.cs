using System.Globalization;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A process seen in <c>/proc</c>, identified by PID and start time so a reused PID is never mistaken for it.</summary>
internal sealed record ProcessIdentity(int Pid, long StartTime, string CommandLine)
{
    public bool IsAlive => ProcessTree.Read(Pid) is { } now && now.StartTime == StartTime && now.State != 'Z';
}

/// <summary>Reads parent/child links from Linux's <c>/proc</c>.</summary>
internal static class ProcessTree
{
    /// <summary>Every process below <paramref name="pid"/>, right now.</summary>
    public static IReadOnlyList<ProcessIdentity> Descendants(int pid)
    {
        var all = Directory.EnumerateDirectories("/proc")
            .Select(d => int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var p) ? Read(p) : null)
            .OfType<StatLine>()
            .ToList();
        var found = new List<ProcessIdentity>();
        var parents = new Queue<int>([pid]);
        while (parents.TryDequeue(out var parent))
        {
            foreach (var child in all.Where(p => p.ParentPid == parent))
            {
                found.Add(new ProcessIdentity(child.Pid, child.StartTime, CommandLine(child.Pid)));
                parents.Enqueue(child.Pid);
            }
        }

        return found;
    }

    internal static StatLine? Read(int pid)
    {
        try
        {
            // "pid (comm) state ppid ... starttime": comm may hold spaces and parentheses, so split after the last ')'.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return new StatLine(
                pid,
                fields[0][0],
                int.Parse(fields[1], CultureInfo.InvariantCulture),
                long.Parse(fields[19], CultureInfo.InvariantCulture));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string CommandLine(int pid)
    {
        try
        {
            return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    internal sealed record StatLine(int Pid, char State, int ParentPid, long StartTime);
}

using System.Globalization;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The gateway's private folder under the temp directory (deployed code, environment logs), deleted when it stops.</summary>
internal sealed class WorkFolder : IDisposable
{
    private WorkFolder(string path) => Path = path;

    public string Path { get; }

    /// <summary>The folder holding every gateway's work folder (and the files they share, such as the local signing key).</summary>
    public static string ParentPath => System.IO.Path.Combine(System.IO.Path.GetTempPath(), "eventfunctions-localgateway");

    public static WorkFolder Create()
    {
        var parent = ParentPath;
        DeleteOrphans(parent);
        var path = System.IO.Path.Combine(parent, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(path);
        return new WorkFolder(path);
    }

    /// <summary>Folders of gateways that were killed before they could clean up (their PID runs no more).</summary>
    private static void DeleteOrphans(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var name = System.IO.Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var pid)
                && !Directory.Exists($"/proc/{pid}"))
            {
                new WorkFolder(folder).Dispose();
            }
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

using System.Globalization;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The gateway's private folder under the temp directory (deployed code, environment logs), deleted when it stops.</summary>
internal sealed class WorkFolder : IDisposable
{
    private WorkFolder(string path) => Path = path;

    public string Path { get; }

    public static WorkFolder Create()
    {
        var path = System.IO.Path.Combine(
            System.IO.Path.GetTempPath(),
            "eventfunctions-localgateway",
            string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId}-{Guid.NewGuid():N}"));
        Directory.CreateDirectory(path);
        return new WorkFolder(path);
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

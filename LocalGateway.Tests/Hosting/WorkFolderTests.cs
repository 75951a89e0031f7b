using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Tests.Hosting;

/// <summary>A gateway killed with SIGKILL cannot delete its copies of the code; the next one to start does.</summary>
public sealed class WorkFolderTests
{
    [Fact]
    public void Create_FolderOfAGatewayThatNoLongerRuns_IsDeleted()
    {
        // Above Linux's largest possible PID (2^22), so no process can have it.
        var orphan = Directory.CreateDirectory(Path.Combine(Parent, $"{(1 << 22) + 1}-{Guid.NewGuid():N}")).FullName;

        using var folder = WorkFolder.Create();

        Assert.False(Directory.Exists(orphan));
        Assert.True(Directory.Exists(folder.Path));
    }

    [Fact]
    public void Create_FolderOfARunningGateway_IsKept()
    {
        var running = Directory.CreateDirectory(Path.Combine(Parent, $"{Environment.ProcessId}-{Guid.NewGuid():N}")).FullName;
        try
        {
            using var folder = WorkFolder.Create();

            Assert.True(Directory.Exists(running));
        }
        finally
        {
            Directory.Delete(running);
        }
    }

    private static string Parent => Path.Combine(Path.GetTempPath(), "eventfunctions-localgateway");
}

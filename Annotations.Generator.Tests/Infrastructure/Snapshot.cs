using System.Runtime.CompilerServices;

namespace EventFunctions.Annotations.Generator.Tests.Infrastructure;

/// <summary>
/// Compares generated text with a reviewed file under <c>Snapshots/</c>. On a difference it writes
/// <c>&lt;name&gt;.received</c> beside it and fails; review it and rename it to accept the change.
/// </summary>
internal static class Snapshot
{
    public static void Match(string name, string actual, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(callerPath)!, "Snapshots");
        if (!Directory.Exists(directory))
        {
            directory = Path.Combine(AppContext.BaseDirectory, "Snapshots");
        }

        var verified = Path.Combine(directory, name + ".verified.txt");
        var received = Path.Combine(directory, name + ".received.txt");
        var expected = File.Exists(verified) ? File.ReadAllText(verified) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        Assert.Fail($"Generated '{name}' differs from {verified}. Review {received} and, if it is right, rename it to the .verified.txt file.");
    }
}

using System.Diagnostics;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The execution environments this test process started (through its in-process gateways), found by what they run.</summary>
internal static class FunctionProcesses
{
    /// <summary>
    /// SIGKILLs the environments of <paramref name="function"/> that talk to <paramref name="dynamoDbEndpoint"/>, as
    /// Lambda ends a sandbox: no chance to finish anything. Environments are told apart by the variables they were
    /// started with (<c>ANNOTATIONS_HANDLER</c>, the DynamoDB endpoint), so other tests' gateways are left alone.
    /// </summary>
    public static int Kill(string function, Uri dynamoDbEndpoint)
    {
        ArgumentNullException.ThrowIfNull(dynamoDbEndpoint);
        string[] marks = ["ANNOTATIONS_HANDLER=" + function, Configuration.FunctionSettings.EndpointVariables[0] + "=" + dynamoDbEndpoint];
        var killed = 0;
        foreach (var process in ProcessTree.Descendants(Environment.ProcessId).Where(p => Runs(p.Pid, marks)))
        {
            try
            {
                using var running = Process.GetProcessById(process.Pid);
                running.Kill();
                killed++;
            }
            catch (Exception exception) when (exception is ArgumentException or InvalidOperationException)
            {
                // Gone already.
            }
        }

        return killed;
    }

    private static bool Runs(int pid, string[] marks)
    {
        try
        {
            var variables = File.ReadAllText($"/proc/{pid}/environ").Split('\0');
            return marks.All(variables.Contains);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

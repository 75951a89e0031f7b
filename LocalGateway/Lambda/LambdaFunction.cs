using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Lambda;

/// <summary>
/// One deployed function: its manifest entry and its initialized handler, like one warm execution environment
/// (unlike Lambda, concurrent invocations share it). Invocations get the function's timeout.
/// </summary>
internal sealed class LambdaFunction(FunctionDescriptor descriptor, Func<Stream, Task<Stream>> handler)
{
    public FunctionDescriptor Descriptor => descriptor;

    public string Name => descriptor.Name;

    public TimeSpan Timeout => TimeSpan.FromSeconds(descriptor.Timeout);

    [SuppressMessage("Design", "CA1031", Justification = "The runtime boundary: whatever the handler throws is a function error.")]
    public async Task<InvocationResult> InvokeAsync(byte[] payload, string requestId)
    {
        ArgumentNullException.ThrowIfNull(payload);
        Task<Stream> invocation;
        try
        {
            invocation = handler(new MemoryStream(payload, writable: false));
        }
        catch (Exception exception)
        {
            return Failed(exception);
        }

        try
        {
            await invocation.WaitAsync(Timeout);
        }
        catch (TimeoutException) when (!invocation.IsCompleted)
        {
            return InvocationResult.Failed(new FunctionError(
                "Sandbox.Timedout",
                string.Create(CultureInfo.InvariantCulture,
                    $"RequestId: {requestId} Error: Task timed out after {Timeout.TotalSeconds:0.00} seconds")));
        }
        catch (Exception exception)
        {
            return Failed(exception);
        }

        await using var output = await invocation;
        if (output is null)
        {
            return InvocationResult.Succeeded([]);
        }

        using var buffer = new MemoryStream();
        await output.CopyToAsync(buffer);
        return InvocationResult.Succeeded(buffer.ToArray());
    }

    private static InvocationResult Failed(Exception exception) =>
        InvocationResult.Failed(new FunctionError(exception.GetType().Name, exception.Message));
}

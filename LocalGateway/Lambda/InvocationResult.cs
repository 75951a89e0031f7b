namespace EventFunctions.LocalGateway.Lambda;

/// <summary>What an invocation produced: the handler's output bytes, or the error Lambda would report.</summary>
internal sealed record InvocationResult(byte[] Payload, FunctionError? Error)
{
    public static InvocationResult Succeeded(byte[] payload) => new(payload, null);

    public static InvocationResult Failed(FunctionError error) => new(error.ToJsonBytes(), error);
}

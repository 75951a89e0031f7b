namespace EventFunctions.LocalGateway.Lambda;

/// <summary>What an invocation produced: the function's output, an unhandled function error, or a throttle.</summary>
internal sealed record InvocationResult(byte[] Payload, FunctionError? Error, bool Throttled = false)
{
    /// <summary>The invocation's log as <c>--log-type Tail</c> returns it: its last 4 KB, START to REPORT.</summary>
    public string LogTail { get; init; } = string.Empty;

    /// <summary>The Lambda request id the invocation ran under (its START/END/REPORT lines name it).</summary>
    public string RequestId { get; init; } = string.Empty;

    public static InvocationResult Succeeded(byte[] payload) => new(payload, null);

    public static InvocationResult Failed(FunctionError error) => new(error.Body, error);

    /// <summary>Every environment the function may have is busy (its <c>--max-environments</c>).</summary>
    public static InvocationResult Throttle() => new([], null, Throttled: true);
}

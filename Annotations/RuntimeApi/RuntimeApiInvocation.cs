namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>One event from <c>invocation/next</c>: its payload and its context.</summary>
internal sealed record RuntimeApiInvocation(byte[] Payload, LambdaContext Context);

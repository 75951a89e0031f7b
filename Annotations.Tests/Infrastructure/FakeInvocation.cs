namespace EventFunctions.Annotations.Tests.Infrastructure;

/// <summary>An event the fake Runtime API hands out on <c>next</c>, with the headers Lambda sends.</summary>
public sealed record FakeInvocation(string RequestId, byte[] Payload)
{
    public DateTimeOffset Deadline { get; init; } = DateTimeOffset.UtcNow.AddSeconds(10);

    public string InvokedFunctionArn { get; init; } = "arn:aws:lambda:us-east-1:123456789012:function:GetEvent:live";

    public string? TraceId { get; init; }

    public string? ClientContext { get; init; }

    public string? CognitoIdentity { get; init; }
}

namespace EventFunctions.Annotations.Runtime;

/// <summary>
/// What a generated handler knows about its function: its name, route, timeout and whether it is
/// <see cref="Idempotency.IdempotentAttribute"/>.
/// </summary>
public sealed record RestApiFunctionInfo(string Name, string HttpMethod, string PathTemplate)
{
    /// <summary>The function's Lambda timeout: how long a claim lasts when the invocation has no context.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    public bool Idempotent { get; init; }
}

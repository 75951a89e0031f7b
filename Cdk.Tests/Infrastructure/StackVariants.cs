namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// Every stack variant the tests look at, each synthesized at most once per test run (jsii is slow, and
/// there is one jsii runtime per process).
/// </summary>
public sealed class StackVariants : IDisposable
{
    public const string ChangedFunction = "GetEvent";
    public const int ChangedMemorySize = 1024;
    public const string AddedAction = "dynamodb:Query";
    public const string AlarmTopicArn = "arn:aws:sns:eu-west-1:123456789012:event-functions-alarms";

    /// <summary>The context of <see cref="Configured"/>: every setting away from its default.</summary>
    public static readonly IReadOnlyDictionary<string, string> ConfiguredContext = new Dictionary<string, string>
    {
        [ContextKeys.Architecture] = "arm64",
        [ContextKeys.CorsOrigins] = "https://a.example,https://b.example",
        [ContextKeys.DestroyTable] = "true",
        [ContextKeys.ApiKeyRequired] = "true",
        [ContextKeys.ThrottleRateLimit] = "25",
        [ContextKeys.ThrottleBurstLimit] = "50",
        [ContextKeys.IdempotencyExpirySeconds] = "3600",
        [ContextKeys.ServiceName] = "events-api",
        [ContextKeys.MetricsNamespace] = "Acme/Events",
        [ContextKeys.LogLevel] = "warn",
        [ContextKeys.AlarmTopicArn] = AlarmTopicArn,
    };

    private readonly Lazy<StackSynthesis> _default = new(() => new(Manifests.Generated));
    private readonly Lazy<StackSynthesis> _configured = new(() => new(Manifests.Generated, ConfiguredContext));
    private readonly Lazy<StackSynthesis> _managed = new(() => new(Manifests.Generated, new Dictionary<string, string>
    {
        [ContextKeys.Runtime] = "managed",
    }));
    private readonly Lazy<StackSynthesis> _memoryChanged = new(() => new(
        Manifests.WithChange(ChangedFunction, f => f with { MemorySize = ChangedMemorySize })));
    private readonly Lazy<StackSynthesis> _actionAdded = new(() => new(
        Manifests.WithChange(ChangedFunction, f => f with { DynamoDbActions = [.. f.DynamoDbActions, AddedAction] })));

    /// <summary>The generated manifest, no context.</summary>
    public StackSynthesis Default => _default.Value;

    /// <summary>The generated manifest with <see cref="ConfiguredContext"/>.</summary>
    public StackSynthesis Configured => _configured.Value;

    /// <summary>The generated manifest on the managed runtime (<c>-c runtime=managed</c>).</summary>
    public StackSynthesis Managed => _managed.Value;

    /// <summary><see cref="ChangedFunction"/> with <see cref="ChangedMemorySize"/> MB.</summary>
    public StackSynthesis MemoryChanged => _memoryChanged.Value;

    /// <summary><see cref="ChangedFunction"/> with <see cref="AddedAction"/> added to its actions.</summary>
    public StackSynthesis ActionAdded => _actionAdded.Value;

    public void Dispose()
    {
        foreach (var stack in new[] { _default, _configured, _managed, _memoryChanged, _actionAdded }.Where(s => s.IsValueCreated))
        {
            stack.Value.Dispose();
        }
    }
}

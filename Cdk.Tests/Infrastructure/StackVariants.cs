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

    public const string ExistingUserPoolArn = "arn:aws:cognito-idp:eu-west-1:123456789012:userpool/eu-west-1_AbCdEf123";

    /// <summary>The context of <see cref="Secure"/>: a Cognito pool the stack creates, on the writes, and WAF.</summary>
    public static readonly IReadOnlyDictionary<string, string> SecureContext = new Dictionary<string, string>
    {
        [ContextKeys.Auth] = "cognito",
        [ContextKeys.Waf] = "true",
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

    private readonly Lazy<StackSynthesis> _secure = new(() => new(Manifests.Generated, SecureContext));
    private readonly Lazy<StackSynthesis> _iam = new(() => new(Manifests.Generated, new Dictionary<string, string>
    {
        [ContextKeys.Auth] = "iam",
        [ContextKeys.AuthReads] = "true",
        [ContextKeys.ApiKeyRequired] = "true",
    }));
    private readonly Lazy<StackSynthesis> _existingPool = new(() => new(Manifests.Generated, new Dictionary<string, string>
    {
        [ContextKeys.Auth] = "cognito",
        [ContextKeys.AuthReads] = "true",
        [ContextKeys.UserPoolArn] = ExistingUserPoolArn,
        [ContextKeys.Waf] = "true",
        [ContextKeys.WafRateLimit] = "300",
    }));

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

    /// <summary><see cref="SecureContext"/>: <c>auth=cognito</c> (a created pool, writes only) and <c>waf=true</c>.</summary>
    public StackSynthesis Secure => _secure.Value;

    /// <summary><c>auth=iam authReads=true apiKeyRequired=true</c>: every function method signed and keyed.</summary>
    public StackSynthesis Iam => _iam.Value;

    /// <summary><c>auth=cognito authReads=true userPoolArn=</c><see cref="ExistingUserPoolArn"/>, <c>waf=true wafRateLimit=300</c>.</summary>
    public StackSynthesis ExistingPool => _existingPool.Value;

    public void Dispose()
    {
        foreach (var stack in new[] { _default, _configured, _managed, _memoryChanged, _actionAdded, _secure, _iam, _existingPool }.Where(s => s.IsValueCreated))
        {
            stack.Value.Dispose();
        }
    }
}

using System.Globalization;

namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>
/// The context of one invocation, and the ambient <see cref="Current"/> one: set by <see cref="LambdaBootstrap"/>
/// (and by the generated handlers' context entry) for the duration of an invocation, null outside one.
/// </summary>
public sealed class LambdaContext : ILambdaContext
{
    private static readonly AsyncLocal<ILambdaContext?> Ambient = new();

    private readonly TimeProvider timeProvider;

    public LambdaContext(
        string awsRequestId,
        string invokedFunctionArn,
        DateTimeOffset deadline,
        string? traceId,
        LambdaFunctionEnvironment environment,
        TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(awsRequestId);
        ArgumentNullException.ThrowIfNull(invokedFunctionArn);
        ArgumentNullException.ThrowIfNull(environment);
        AwsRequestId = awsRequestId;
        InvokedFunctionArn = invokedFunctionArn;
        Deadline = deadline;
        TraceId = traceId;
        FunctionName = environment.FunctionName;
        FunctionVersion = environment.FunctionVersion;
        MemoryLimitInMB = environment.MemoryLimitInMB;
        LogGroupName = environment.LogGroupName;
        LogStreamName = environment.LogStreamName;
        this.timeProvider = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The invocation running on this async flow, or null outside an invocation.</summary>
    public static ILambdaContext? Current
    {
        get => Ambient.Value;
        internal set => Ambient.Value = value;
    }

    public string AwsRequestId { get; }

    public string InvokedFunctionArn { get; }

    public DateTimeOffset Deadline { get; }

    public TimeSpan RemainingTime
    {
        get
        {
            var left = Deadline - timeProvider.GetUtcNow();
            return left > TimeSpan.Zero ? left : TimeSpan.Zero;
        }
    }

    public string? TraceId { get; }

    public string? ClientContext { get; init; }

    public string? CognitoIdentity { get; init; }

    public string FunctionName { get; }

    public string FunctionVersion { get; }

    public int MemoryLimitInMB { get; }

    public string LogGroupName { get; }

    public string LogStreamName { get; }

    /// <summary>Unix milliseconds, as <c>Lambda-Runtime-Deadline-Ms</c> carries them; <see cref="DateTimeOffset.MinValue"/> when unreadable.</summary>
    internal static DateTimeOffset ParseDeadline(string? unixMilliseconds) =>
        long.TryParse(unixMilliseconds, NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= DateTimeOffset.MaxValue.ToUnixTimeMilliseconds()
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : DateTimeOffset.MinValue;
}

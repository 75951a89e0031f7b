using Amazon.DynamoDBv2;
using Amazon.Runtime;

namespace EventFunctions.Configuration;

/// <summary>
/// The one DynamoDB client per execution environment. Retries and timeouts are explicit: the SDK's
/// defaults wait about 100 s on a dead endpoint, far past the function's timeout. One attempt is bounded
/// by the timeouts here; all attempts and their backoff by <see cref="OperationDeadline"/>, which leaves
/// the 10 s function timeout room to answer 503 instead of timing out.
/// </summary>
public static class DynamoDbClientFactory
{
    public const int MaxErrorRetry = 2;

    public static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(1);

    public static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The most one store operation (all its requests, retries and backoff) may take when the invocation's deadline
    /// is unknown (the managed runtime's stream handler gets no Lambda context).
    /// </summary>
    public static readonly TimeSpan OperationDeadline = TimeSpan.FromSeconds(6);

    /// <summary>
    /// When the invocation's deadline is known, a store operation may run until this long before it. What is left
    /// must cover abandoning the SDK call, mapping it to the 503, writing the one log line and the response, and
    /// posting it to the Runtime API: milliseconds when warm, but a first invocation still JIT-compiles the 503
    /// path, and a Runtime API post that lands after the deadline is lost to a timeout. 1 s is a tenth of the
    /// 10 s function timeout and many times the slowest 503 path measured locally.
    /// </summary>
    public static readonly TimeSpan AnswerReserve = TimeSpan.FromSeconds(1);

    public static AmazonDynamoDBConfig CreateConfig(FunctionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var config = new AmazonDynamoDBConfig
        {
            RetryMode = RequestRetryMode.Standard,
            MaxErrorRetry = MaxErrorRetry,
            ConnectTimeout = ConnectTimeout,
            Timeout = AttemptTimeout,
        };
        if (settings.DynamoDbEndpoint is { } endpoint)
        {
            config.ServiceURL = endpoint.ToString();
        }

        return config;
    }

    public static IAmazonDynamoDB Create(FunctionSettings settings) => new AmazonDynamoDBClient(CreateConfig(settings));
}

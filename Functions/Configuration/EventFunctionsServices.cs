using Amazon.DynamoDBv2;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Data;
using EventFunctions.Http;

namespace EventFunctions.Configuration;

/// <summary>
/// The functions' services composed by hand, once per execution environment: exactly what the generated handlers
/// ask for (the <see cref="Functions"/> class and the exception mappers), with no container to build in INIT and no
/// scope to open per invocation (see Benchmarks/README.md for what that saves on a cold start).
/// <see cref="EventFunctionsServiceCollectionExtensions.AddEventFunctions"/> registers the same graph in a container
/// for hosts and tests that replace parts of it.
/// </summary>
public sealed class EventFunctionsServices : IServiceProvider
{
    private readonly Functions functions;
    private readonly IIdempotencyStore? idempotency;
    private readonly IHttpResultExceptionMapper[] exceptionMappers = [new DataStoreExceptionMapper()];

    /// <summary>The production graph: a DynamoDB client for <paramref name="settings"/> and the two stores over it.</summary>
    public EventFunctionsServices(FunctionSettings settings)
        : this(DynamoDbClientFactory.Create(settings), settings)
    {
    }

    private EventFunctionsServices(IAmazonDynamoDB client, FunctionSettings settings)
        : this(
            CreateEventStore(client, new EventStoreOptions { TableName = settings.TableName }, TimeProvider.System),
            CreateIdempotencyStore(client, settings, TimeProvider.System))
    {
    }

    /// <summary>Over given stores; without an idempotency store the writes' handlers refuse to start.</summary>
    public EventFunctionsServices(IEventStore store, IIdempotencyStore? idempotency = null)
    {
        functions = new Functions(store);
        this.idempotency = idempotency;
    }

    /// <summary>The idempotency records every host uses, in the settings' table, remembered for the settings' expiry.</summary>
    public static IIdempotencyStore CreateIdempotencyStore(IAmazonDynamoDB client, FunctionSettings settings, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new DynamoDbIdempotencyStore(client, settings.IdempotencyTableName, settings.IdempotencyExpiry, timeProvider);
    }

    /// <summary>
    /// The event store every host uses: DynamoDB behind a deadline per operation, derived from the invocation's
    /// remaining time when it has a Lambda context (<see cref="LambdaContext.Current"/>), fixed otherwise.
    /// </summary>
    public static IEventStore CreateEventStore(IAmazonDynamoDB client, EventStoreOptions options, TimeProvider timeProvider) =>
        new DeadlineEventStore(
            new DynamoDbEventStore(client, options, timeProvider),
            DynamoDbClientFactory.OperationDeadline,
            timeProvider,
            static () => LambdaContext.Current?.Deadline,
            DynamoDbClientFactory.AnswerReserve);

    public object? GetService(Type serviceType) =>
        serviceType == typeof(Functions) ? functions
        : serviceType == typeof(IEnumerable<IHttpResultExceptionMapper>) ? exceptionMappers
        : serviceType == typeof(IIdempotencyStore) ? idempotency
        : null;
}

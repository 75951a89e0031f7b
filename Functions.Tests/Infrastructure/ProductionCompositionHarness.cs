using System.Text;
using Amazon.DynamoDBv2;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using Moq;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>
/// The generated handlers over <see cref="EventFunctionsServices"/>, the hand-composed graph Lambda runs
/// (<c>Startup.CreateServiceProvider</c>): the real <see cref="Functions"/>, the deadline store over the DynamoDB
/// store, the idempotency store on its own table, and the exception mappers; only the DynamoDB client is a strict mock. No container is involved, the
/// invocation log is the console one and CORS comes from the environment, as in Lambda.
/// </summary>
internal sealed class ProductionCompositionHarness
{
    public const string TableName = "events";

    /// <summary>The records table the settings name by default for <see cref="TableName"/>.</summary>
    public const string IdempotencyTableName = TableName + "-idempotency";

    private readonly EventFunctionsServices services;

    public ProductionCompositionHarness()
    {
        services = new EventFunctionsServices(
            EventFunctionsServices.CreateEventStore(Client.Object, new EventStoreOptions { TableName = TableName }, Clock),
            EventFunctionsServices.CreateIdempotencyStore(Client.Object, new FunctionSettings(TableName, null), Clock));
    }

    /// <summary>The stores' clock.</summary>
    public ManualTimeProvider Clock { get; } = new(EventSamples.Now);

    public Mock<IAmazonDynamoDB> Client { get; } = new(MockBehavior.Strict);

    public async Task<ProxyResponse> InvokeAsync<THandler>(string eventJson)
        where THandler : ILambdaStreamHandler
    {
        var handler = (ILambdaStreamHandler)Activator.CreateInstance(typeof(THandler), (IServiceProvider)services)!;
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(eventJson));
        await using var output = await handler.FunctionHandler(input);
        return DeclaredResponses.Checked(typeof(THandler), await ProxyResponse.ReadAsync(output));
    }
}

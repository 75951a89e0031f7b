using Amazon.DynamoDBv2;
using EventFunctions.Data;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>A store over a strict mock of the DynamoDB client, at a fixed time.</summary>
internal sealed class MockedDynamoDb
{
    public MockedDynamoDb()
    {
        Store = new DynamoDbEventStore(
            Client.Object, new EventStoreOptions { TableName = "events" }, new ManualTimeProvider(EventSamples.Now));
    }

    public Mock<IAmazonDynamoDB> Client { get; } = new(MockBehavior.Strict);

    public DynamoDbEventStore Store { get; }
}

using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
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

    /// <summary>Answers every PutItem with success; the requests sent, in order.</summary>
    public List<PutItemRequest> CapturePut()
    {
        var sent = new List<PutItemRequest>();
        Client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((PutItemRequest request, CancellationToken _) => sent.Add(request))
            .ReturnsAsync(new PutItemResponse());
        return sent;
    }

    /// <summary>Answers every UpdateItem with <paramref name="returned"/> (version 2 of the sample by default); the requests sent.</summary>
    public List<UpdateItemRequest> CaptureUpdate(Dictionary<string, AttributeValue>? returned = null)
    {
        var sent = new List<UpdateItemRequest>();
        Client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((UpdateItemRequest request, CancellationToken _) => sent.Add(request))
            .ReturnsAsync(new UpdateItemResponse { Attributes = returned ?? EventSamples.Item(version: 2) });
        return sent;
    }

    /// <summary>Answers every DeleteItem with <paramref name="returned"/> (the sample by default); the requests sent.</summary>
    public List<DeleteItemRequest> CaptureDelete(Dictionary<string, AttributeValue>? returned = null)
    {
        var sent = new List<DeleteItemRequest>();
        Client.Setup(c => c.DeleteItemAsync(It.IsAny<DeleteItemRequest>(), It.IsAny<CancellationToken>()))
            .Callback((DeleteItemRequest request, CancellationToken _) => sent.Add(request))
            .ReturnsAsync(new DeleteItemResponse { Attributes = returned ?? EventSamples.Item() });
        return sent;
    }
}

using System.Net;
using System.Net.Sockets;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using Amazon.Runtime;
using EventFunctions.Data;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

/// <summary>Which failures become <see cref="DataStoreUnavailableException"/> (503) and which propagate (500).</summary>
[Trait("Category", "Unit")]
public sealed class DynamoDbEventStoreFailureTests
{
    private readonly MockedDynamoDb dynamoDb = new();

    [Theory]
    [InlineData("ProvisionedThroughputExceeded", 1)]
    [InlineData("RequestLimitExceeded", 1)]
    [InlineData("ThrottlingExceptionType", 1)]
    [InlineData("ThrottlingErrorCode", 1)]
    [InlineData("InternalServerError", 5)]
    [InlineData("ServiceUnavailable503", 5)]
    [InlineData("HttpRequest", 5)]
    [InlineData("Timeout", 5)]
    [InlineData("TaskCanceledByHttpClientTimeout", 5)]
    [InlineData("OperationCanceledNotByCaller", 5)]
    [InlineData("IO", 5)]
    [InlineData("Socket", 5)]
    [InlineData("ClientExceptionWrappingConnectionFailure", 5)]
    public async Task Get_TransientFailure_ThrowsDataStoreUnavailableKeepingTheOriginal(string kind, int retryAfter)
    {
        var failure = Transient(kind);
        GetFails(failure);

        var thrown = await Assert.ThrowsAsync<DataStoreUnavailableException>(() => dynamoDb.Store.GetAsync("evt-1"));

        Assert.Same(failure, thrown.InnerException);
        Assert.Equal(retryAfter, thrown.RetryAfterSeconds);
    }

    [Theory]
    [InlineData("Validation")]
    [InlineData("ResourceNotFound")]
    [InlineData("UnrecognizedClient")]
    [InlineData("ClientExceptionWithoutConnectionFailure")]
    [InlineData("InvalidOperation")]
    public async Task Get_NonTransientFailure_Propagates(string kind)
    {
        var failure = NonTransient(kind);
        GetFails(failure);

        var thrown = await Assert.ThrowsAnyAsync<Exception>(() => dynamoDb.Store.GetAsync("evt-1"));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task Get_CancelledByCaller_PropagatesTheCancellation()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        var failure = new TaskCanceledException("cancelled", null, cancellation.Token);
        GetFails(failure);

        var thrown = await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => dynamoDb.Store.GetAsync("evt-1", cancellation.Token));

        Assert.Same(failure, thrown);
    }

    [Fact]
    public async Task Create_Throttled_ThrowsDataStoreUnavailable()
    {
        dynamoDb.Client.Setup(c => c.PutItemAsync(It.IsAny<PutItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ProvisionedThroughputExceededException("slow down"));

        await Assert.ThrowsAsync<DataStoreUnavailableException>(() => dynamoDb.Store.CreateAsync(EventSamples.Draft()));
    }

    [Fact]
    public async Task Update_Unreachable_ThrowsDataStoreUnavailable()
    {
        dynamoDb.Client.Setup(c => c.UpdateItemAsync(It.IsAny<UpdateItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new HttpRequestException("connection refused"));

        await Assert.ThrowsAsync<DataStoreUnavailableException>(
            () => dynamoDb.Store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, null));
    }

    [Fact]
    public async Task Delete_ServerError_ThrowsDataStoreUnavailable()
    {
        dynamoDb.Client.Setup(c => c.DeleteItemAsync(It.IsAny<DeleteItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new InternalServerErrorException("oops"));

        await Assert.ThrowsAsync<DataStoreUnavailableException>(() => dynamoDb.Store.DeleteAsync("evt-1", null));
    }

    [Fact]
    public async Task List_TimedOut_ThrowsDataStoreUnavailable()
    {
        dynamoDb.Client.Setup(c => c.QueryAsync(It.IsAny<QueryRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new TimeoutException());

        await Assert.ThrowsAsync<DataStoreUnavailableException>(
            () => dynamoDb.Store.ListAsync(new EventQuery(EventStatus.Active, null, null, 10, null)));
    }

    [Fact]
    public async Task List_MissingTable_Propagates()
    {
        dynamoDb.Client.Setup(c => c.ScanAsync(It.IsAny<ScanRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new ResourceNotFoundException("no table") { StatusCode = HttpStatusCode.BadRequest });

        await Assert.ThrowsAsync<ResourceNotFoundException>(
            () => dynamoDb.Store.ListAsync(new EventQuery(null, null, null, 10, null)));
    }

    private void GetFails(Exception exception) =>
        dynamoDb.Client.Setup(c => c.GetItemAsync(It.IsAny<GetItemRequest>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(exception);

    private static Exception Transient(string kind) => kind switch
    {
        "ProvisionedThroughputExceeded" => new ProvisionedThroughputExceededException("slow down")
        {
            StatusCode = HttpStatusCode.BadRequest,
        },
        "RequestLimitExceeded" => new RequestLimitExceededException("slow down") { StatusCode = HttpStatusCode.BadRequest },
        "ThrottlingExceptionType" => new ThrottlingException("slow down") { StatusCode = HttpStatusCode.BadRequest },
        "ThrottlingErrorCode" => new AmazonDynamoDBException("Rate exceeded")
        {
            ErrorCode = "ThrottlingException",
            StatusCode = HttpStatusCode.BadRequest,
        },
        "InternalServerError" => new InternalServerErrorException("oops") { StatusCode = HttpStatusCode.InternalServerError },
        "ServiceUnavailable503" => new AmazonDynamoDBException("unavailable")
        {
            ErrorCode = "ServiceUnavailable",
            StatusCode = HttpStatusCode.ServiceUnavailable,
        },
        "HttpRequest" => new HttpRequestException("Connection refused", new SocketException(111)),
        "Timeout" => new TimeoutException("timed out"),
        "TaskCanceledByHttpClientTimeout" => new TaskCanceledException("timed out", new TimeoutException()),
        "OperationCanceledNotByCaller" => new OperationCanceledException("cancelled by the SDK"),
        "IO" => new IOException("The response ended prematurely."),
        "Socket" => new SocketException((int)SocketError.ConnectionReset),
        "ClientExceptionWrappingConnectionFailure" => new AmazonClientException(
            "Failed to send the request", new HttpRequestException("Connection refused")),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static Exception NonTransient(string kind) => kind switch
    {
        "Validation" => new AmazonDynamoDBException("One or more parameter values were invalid")
        {
            ErrorCode = "ValidationException",
            StatusCode = HttpStatusCode.BadRequest,
        },
        "ResourceNotFound" => new ResourceNotFoundException("Requested resource not found")
        {
            StatusCode = HttpStatusCode.BadRequest,
        },
        "UnrecognizedClient" => new AmazonDynamoDBException("The security token included in the request is invalid.")
        {
            ErrorCode = "UnrecognizedClientException",
            StatusCode = HttpStatusCode.BadRequest,
        },
        "ClientExceptionWithoutConnectionFailure" => new AmazonClientException("Unable to resolve credentials"),
        "InvalidOperation" => new InvalidOperationException("a bug"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };
}

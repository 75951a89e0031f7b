using System.Text;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Http;
using EventFunctions.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace EventFunctions.Tests.Configuration;

/// <summary>The services Lambda runs on: composed by hand, no container, no scope per invocation.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class EventFunctionsServicesTests(DynaliteFixture dynalite)
{
    [Fact]
    public void ProvidesTheFunctionsAndTheDataStoreExceptionMapper_AndNoScopeFactory()
    {
        var services = new EventFunctionsServices(new Mock<IEventStore>(MockBehavior.Strict).Object);

        Assert.IsType<Functions>(services.GetRequiredService<Functions>());
        Assert.IsType<DataStoreExceptionMapper>(Assert.Single(services.GetServices<IHttpResultExceptionMapper>()));
        Assert.Null(services.GetService<IServiceScopeFactory>());
    }

    [Fact]
    public void Settings_BuildTheProductionGraphWithoutTouchingTheNetwork()
    {
        var services = new EventFunctionsServices(new FunctionSettings("events", new Uri("http://127.0.0.1:9")));

        Assert.NotNull(services.GetService<Functions>());
    }

    [Fact]
    public async Task HandlersOverThem_CreateAndReadAnEventInTheRealStore()
    {
        var services = new EventFunctionsServices(
            await dynalite.CreateStoreAsync(),
            new DynamoDbIdempotencyStore(dynalite.Client, await dynalite.CreateIdempotencyTableAsync(), DynamoDbIdempotencyStore.DefaultExpiry, TimeProvider.System));

        var created = await InvokeAsync(new Functions_CreateEvent_Generated(services), "create-event.json");
        var fetched = await InvokeAsync(new Functions_GetEvent_Generated(services), "get-event.json");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(200, fetched.StatusCode);
        Assert.Equal(created.Body, fetched.Body);
    }

    [Fact]
    public async Task UnavailableStore_Is503ThroughTheirExceptionMapper()
    {
        var store = new Mock<IEventStore>(MockBehavior.Strict);
        store.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ThrowsAsync(new DataStoreUnavailableException("throttled", 2, null));

        var response = await InvokeAsync(new Functions_GetEvent_Generated(new EventFunctionsServices(store.Object)), "get-event.json");

        Assert.Equal(503, response.StatusCode);
        Assert.Equal("2", response.Header("Retry-After"));
    }

    private static async Task<ProxyResponse> InvokeAsync(ILambdaStreamHandler handler, string sample)
    {
        using var input = new MemoryStream(Encoding.UTF8.GetBytes(ProxyEventSamples.Read(sample)));
        await using var output = await handler.FunctionHandler(input);
        return await ProxyResponse.ReadAsync(output);
    }
}

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
    public void Provides_the_functions_and_the_data_store_exception_mapper_and_no_container()
    {
        var services = new EventFunctionsServices(new Mock<IEventStore>(MockBehavior.Strict).Object);

        Assert.IsType<Functions>(services.GetRequiredService<Functions>());
        Assert.IsType<DataStoreExceptionMapper>(Assert.Single(services.GetServices<IHttpResultExceptionMapper>()));
        Assert.Null(services.GetService<IServiceScopeFactory>());
    }

    [Fact]
    public void Settings_build_the_production_graph_without_touching_the_network()
    {
        var services = new EventFunctionsServices(new FunctionSettings("events", new Uri("http://127.0.0.1:9")));

        Assert.NotNull(services.GetService<Functions>());
    }

    [Fact]
    public async Task A_handler_over_them_creates_and_reads_an_event_in_the_real_store()
    {
        var services = new EventFunctionsServices(await dynalite.CreateStoreAsync());

        var created = await InvokeAsync(new Functions_CreateEvent_Generated(services), "create-event.json");
        var fetched = await InvokeAsync(new Functions_GetEvent_Generated(services), "get-event.json");

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(200, fetched.StatusCode);
        Assert.Equal(created.Body, fetched.Body);
    }

    [Fact]
    public async Task An_unavailable_store_is_a_503_through_their_exception_mapper()
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

using Amazon.DynamoDBv2;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Data;
using EventFunctions.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions.Configuration;

/// <summary>
/// Registers everything the five functions use in a container, for hosts and tests that replace parts of it.
/// Lambda itself runs on <see cref="EventFunctionsServices"/>, the same graph composed without a container.
/// </summary>
public static class EventFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddEventFunctions(this IServiceCollection services, FunctionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(DynamoDbClientFactory.Create(settings));
        services.AddSingleton(new EventStoreOptions { TableName = settings.TableName });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(provider => EventFunctionsServices.CreateEventStore(
            provider.GetRequiredService<IAmazonDynamoDB>(),
            provider.GetRequiredService<EventStoreOptions>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton(provider => EventFunctionsServices.CreateIdempotencyStore(
            provider.GetRequiredService<IAmazonDynamoDB>(), settings, provider.GetRequiredService<TimeProvider>()));
        // Instances and factories, not types: the container activates nothing by reflection in INIT.
        services.AddSingleton<IHttpResultExceptionMapper>(new DataStoreExceptionMapper());
        services.AddSingleton(provider => new Functions(provider.GetRequiredService<IEventStore>()));
        return services;
    }
}

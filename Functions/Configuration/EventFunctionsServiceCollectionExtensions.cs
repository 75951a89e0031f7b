using Amazon.DynamoDBv2;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Data;
using EventFunctions.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions.Configuration;

/// <summary>Registers everything the five functions use, built once per execution environment.</summary>
public static class EventFunctionsServiceCollectionExtensions
{
    public static IServiceCollection AddEventFunctions(this IServiceCollection services, FunctionSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        services.AddSingleton(settings);
        services.AddSingleton(DynamoDbClientFactory.Create(settings));
        services.AddSingleton(new EventStoreOptions { TableName = settings.TableName });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IEventStore>(provider => new DynamoDbEventStore(
            provider.GetRequiredService<IAmazonDynamoDB>(),
            provider.GetRequiredService<EventStoreOptions>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHttpResultExceptionMapper, DataStoreExceptionMapper>();
        services.AddSingleton<Functions>();
        return services;
    }
}

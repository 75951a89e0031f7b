using Amazon.DynamoDBv2;
using EventFunctions.Annotations;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Configuration;
using EventFunctions.Data;
using EventFunctions.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions;

/// <summary>The functions' services, built once per execution environment (Lambda's INIT phase).</summary>
[LambdaStartup]
public sealed class Startup
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "An instance method by the [LambdaStartup] convention.")]
    public void ConfigureServices(IServiceCollection services)
    {
        var settings = FunctionSettings.FromEnvironment();
        services.AddSingleton(settings);
        services.AddSingleton(DynamoDbClientFactory.Create(settings));
        services.AddSingleton(new EventStoreOptions { TableName = settings.TableName });
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IEventStore>(provider => new DynamoDbEventStore(
            provider.GetRequiredService<IAmazonDynamoDB>(),
            provider.GetRequiredService<EventStoreOptions>(),
            provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IHttpResultExceptionMapper, DataStoreExceptionMapper>();
    }
}

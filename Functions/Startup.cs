using System.Diagnostics.CodeAnalysis;
using EventFunctions.Annotations;
using EventFunctions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EventFunctions;

/// <summary>The functions' services, built once per execution environment (Lambda's INIT phase).</summary>
[LambdaStartup]
public sealed class Startup
{
    [SuppressMessage("Performance", "CA1822", Justification = "An instance method by the [LambdaStartup] convention.")]
    public void ConfigureServices(IServiceCollection services) =>
        services.AddEventFunctions(FunctionSettings.FromEnvironment());
}

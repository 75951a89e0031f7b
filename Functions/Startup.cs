using System.Diagnostics.CodeAnalysis;
using EventFunctions.Annotations;
using EventFunctions.Configuration;

namespace EventFunctions;

/// <summary>
/// The functions' services, composed once per execution environment (Lambda's INIT phase) without a container:
/// the cold start is the first thing every caller of a freshly deployed or scaled-out function pays for.
/// </summary>
[LambdaStartup]
public sealed class Startup
{
    [SuppressMessage("Performance", "CA1822", Justification = "An instance method by the [LambdaStartup] convention.")]
    public IServiceProvider CreateServiceProvider() => new EventFunctionsServices(FunctionSettings.FromEnvironment());
}

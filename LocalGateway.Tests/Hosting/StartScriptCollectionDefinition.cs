namespace EventFunctions.LocalGateway.Tests.Hosting;

/// <summary>
/// The start script builds the solution and may run <c>npm ci</c>, which replaces the dynalite other tests run:
/// its tests run alone, after the others.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class StartScriptCollectionDefinition
{
    public const string Name = "Start script";
}

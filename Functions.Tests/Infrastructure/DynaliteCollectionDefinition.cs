namespace EventFunctions.Tests.Infrastructure;

/// <summary>Tests marked <c>[Collection(DynaliteCollectionDefinition.Name)]</c> share one <see cref="DynaliteFixture"/>.</summary>
[CollectionDefinition(Name)]
public sealed class DynaliteCollectionDefinition : ICollectionFixture<DynaliteFixture>
{
    public const string Name = "dynalite";
}

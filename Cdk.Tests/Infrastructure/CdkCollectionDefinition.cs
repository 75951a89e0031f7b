namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>Every test that synthesizes shares one <see cref="StackVariants"/>, and runs one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class CdkCollectionDefinition : ICollectionFixture<StackVariants>
{
    public const string Name = "cdk synth";
}

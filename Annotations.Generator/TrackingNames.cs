namespace EventFunctions.Annotations.Generator;

/// <summary>Names of pipeline steps, so tests can check what was cached.</summary>
internal static class TrackingNames
{
    public const string Functions = nameof(Functions);
    public const string Startups = nameof(Startups);
    public const string Assembly = nameof(Assembly);
}

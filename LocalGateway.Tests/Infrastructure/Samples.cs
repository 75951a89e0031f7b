namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>The repository's <c>events-samples/</c>, copied next to the tests.</summary>
internal static class Samples
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "events-samples", name);

    public static ByteArrayContent Content(string name) => new(File.ReadAllBytes(PathOf(name)));
}

using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>The generated handler type of each route, read from the function manifest.</summary>
internal static class FunctionRoutes
{
    public static FunctionManifest Manifest { get; } = FunctionManifest.Load(typeof(Functions).Assembly);

    public static Type Find(string httpMethod, string resource)
    {
        var function = Manifest.Functions.Single(f => f.HttpMethod == httpMethod && f.Path == resource);
        return typeof(Functions).Assembly.GetType(function.HandlerType, throwOnError: true)!;
    }
}

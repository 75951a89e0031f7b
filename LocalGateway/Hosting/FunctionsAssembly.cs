using System.Reflection;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Hosting;

/// <summary>The built Functions assembly, copied next to the gateway, and the manifest compiled into it.</summary>
internal static class FunctionsAssembly
{
    public const string Name = "EventFunctions";

    public static FunctionManifest LoadManifest()
    {
        try
        {
            return FunctionManifest.Load(Assembly.Load(new AssemblyName(Name)));
        }
        catch (Exception exception) when (exception is FileNotFoundException or InvalidOperationException)
        {
            throw new GatewayStartupException(
                $"Cannot read the function manifest from assembly '{Name}': {exception.Message}", exception);
        }
    }
}

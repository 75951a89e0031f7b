using EventFunctions.Annotations.Manifest;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Manifests over the test handlers (<see cref="EchoFunction"/> and others), resolved by handler string like real ones.</summary>
internal static class TestManifests
{
    public const string AssemblyName = "EventFunctions.LocalGateway.Tests";

    public static string Handler<T>() => $"{AssemblyName}::{typeof(T).FullName}::FunctionHandler";

    public static FunctionDescriptor Function(string name, string handler, string httpMethod, string path, int timeout = 10) =>
        new(name, handler, name, httpMethod, path, 128, timeout, [], null, [], null);

    public static FunctionManifest Of(params FunctionDescriptor[] functions) => new(AssemblyName, functions);

    public static FunctionManifest Echo() => Of(
        Function("EchoGet", Handler<EchoFunction>(), "GET", "/echo/{id}"),
        Function("EchoPost", Handler<EchoFunction>(), "POST", "/echo/{id}"),
        Function("EchoLiteral", Handler<EchoFunction>(), "GET", "/echo/literal"),
        Function("Binary", Handler<BinaryFunction>(), "GET", "/binary"),
        Function("Broken", Handler<BrokenFunction>(), "GET", "/broken"),
        Function("Throwing", Handler<ThrowingFunction>(), "GET", "/throwing"),
        Function("Slow", Handler<SlowFunction>(), "GET", "/slow", timeout: 1));
}

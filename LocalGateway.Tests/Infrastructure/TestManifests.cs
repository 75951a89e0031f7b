using EventFunctions.Annotations.Manifest;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.TestFunctions;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// Manifests over the test functions (<see cref="EchoFunction"/> and the ones that misbehave on purpose), run from the
/// TestFunctions project's build output like the real functions: by handler string in managed mode, by
/// <c>ANNOTATIONS_HANDLER</c> (the class name without "Function") in executable mode.
/// </summary>
internal static class TestManifests
{
    public const string AssemblyName = "EventFunctions.LocalGateway.TestFunctions";

    /// <summary>The TestFunctions project's build output, recorded when this project was built.</summary>
    public static string Folder { get; } = BuildOutput.Of(typeof(TestManifests).Assembly, "TestFunctionsBuildOutput")
        ?? throw new InvalidOperationException("The tests were built without the TestFunctionsBuildOutput metadata.");

    public static string Handler<T>() => $"{AssemblyName}::{typeof(T).FullName}::FunctionHandler";

    public static FunctionDescriptor Function<T>(string name, string httpMethod, string path, int timeout = 10) =>
        Function(name, Handler<T>(), httpMethod, path, timeout, typeof(T).Name[..^"Function".Length]);

    public static FunctionDescriptor Function(
        string name, string handler, string httpMethod, string path, int timeout = 10, string? method = null) =>
        new(name, handler, method ?? name, httpMethod, path, 128, timeout, [], null, [], null, []);

    public static FunctionManifest Of(params FunctionDescriptor[] functions) => new(AssemblyName, functions);

    public static FunctionManifest Echo() => Of(
        Function<EchoFunction>("EchoGet", "GET", "/echo/{id}"),
        Function<EchoFunction>("EchoPost", "POST", "/echo/{id}"),
        Function<EchoFunction>("EchoLiteral", "GET", "/echo/literal"),
        Function<BinaryFunction>("Binary", "GET", "/binary"),
        Function<BrokenFunction>("Broken", "GET", "/broken"),
        Function<ThrowingFunction>("Throwing", "GET", "/throwing"),
        Function<SlowFunction>("Slow", "GET", "/slow", timeout: 1),
        Function<CrashingFunction>("Crashing", "GET", "/crashing"),
        Function<ExitingFunction>("Exiting", "GET", "/exiting"),
        Function<InitFailingFunction>("InitFailing", "GET", "/init-failing"),
        Function<OversizedFunction>("Oversized", "GET", "/oversized"),
        Function<LoggingFunction>("Logging", "POST", "/logging"),
        Function<EnvironmentFunction>("Environment", "POST", "/environment"));
}

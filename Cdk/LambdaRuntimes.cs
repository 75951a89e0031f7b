using Amazon.CDK.AWS.Lambda;
using EventFunctions.Annotations;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk;

/// <summary>What each <see cref="FunctionRuntime"/> deploys: the Lambda runtime, the handler, SnapStart, extra variables.</summary>
internal static class LambdaRuntimes
{
    public const string DotNet10Name = "dotnet10";

    public const string ProvidedAl2023Name = "provided.al2023";

    /// <summary>The executable an OS-only runtime starts.</summary>
    public const string BootstrapHandler = "bootstrap";

    /// <summary>The managed .NET 10 runtime (Amazon.CDK.Lib 2.160.0 has no <c>Runtime.DOTNET_10</c>).</summary>
    public static Runtime DotNet10 =>
        new(DotNet10Name, RuntimeFamily.DOTNET_CORE, new LambdaRuntimeProps { SupportsSnapStart = true });

    public static Runtime Of(FunctionRuntime runtime) => runtime == FunctionRuntime.Aot ? Runtime.PROVIDED_AL2023 : DotNet10;

    public static string NameOf(FunctionRuntime runtime) => runtime == FunctionRuntime.Aot ? ProvidedAl2023Name : DotNet10Name;

    /// <summary>The handler setting: <c>bootstrap</c> for the native executable, the manifest's handler string on the managed runtime.</summary>
    public static string HandlerOf(FunctionRuntime runtime, FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return runtime == FunctionRuntime.Aot ? BootstrapHandler : function.Handler;
    }

    /// <summary>SnapStart exists for the managed runtime only (not for OS-only runtimes, and AOT has no JIT to save).</summary>
    public static bool SnapStart(FunctionRuntime runtime) => runtime == FunctionRuntime.Managed;

    /// <summary>The variables a runtime needs besides the function's configuration: the one executable must be told which function it is.</summary>
    public static IReadOnlyDictionary<string, string> VariablesOf(FunctionRuntime runtime, FunctionDescriptor function)
    {
        ArgumentNullException.ThrowIfNull(function);
        return runtime == FunctionRuntime.Aot
            ? new Dictionary<string, string> { [LambdaGlobalPropertiesAttribute.HandlerEnvironmentVariable] = function.Method }
            : new Dictionary<string, string>();
    }
}

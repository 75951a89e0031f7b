using EventFunctions.Annotations.Generated;
using EventFunctions.Annotations.Manifest;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>The real function manifest, and copies of it with one function changed.</summary>
public static class Manifests
{
    public static FunctionManifest Generated { get; } = FunctionManifest.Parse(LambdaFunctionManifest.Json);

    /// <summary>Every function name, as xunit theory data.</summary>
    public static TheoryData<string> FunctionNames => [.. Generated.Functions.Select(f => f.Name)];

    public static FunctionDescriptor Function(string name) => Generated.Functions.Single(f => f.Name == name);

    public static FunctionManifest WithChange(string name, Func<FunctionDescriptor, FunctionDescriptor> change) =>
        Generated with
        {
            Functions = [.. Generated.Functions.Select(f => f.Name == name ? change(f) : f)],
        };
}

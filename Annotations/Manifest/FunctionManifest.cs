using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;

namespace EventFunctions.Annotations.Manifest;

/// <summary>
/// The functions an assembly declares, as the source generator recorded them. Deployment (CDK, SAM),
/// LocalGateway and the OpenAPI document all read this, so a route is declared once, on its method.
/// </summary>
public sealed record FunctionManifest(string Assembly, IReadOnlyList<FunctionDescriptor> Functions)
{
    /// <summary>The generated type that holds the manifest in every assembly the generator ran on.</summary>
    public const string GeneratedTypeName = "EventFunctions.Annotations.Generated.LambdaFunctionManifest";

    public static FunctionManifest Parse(string json) =>
        JsonSerializer.Deserialize(json, ManifestJsonContext.Default.FunctionManifest)
            ?? throw new InvalidDataException("The function manifest is empty.");

    /// <summary>Reads the manifest compiled into <paramref name="assembly"/>.</summary>
    [RequiresUnreferencedCode("Finds the generated manifest type by name; meant for tooling, not for trimmed handlers.")]
    public static FunctionManifest Load(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        var type = assembly.GetType(GeneratedTypeName, throwOnError: false)
            ?? throw new InvalidOperationException(
                $"Assembly '{assembly.GetName().Name}' has no {GeneratedTypeName}; was it built with the annotations generator?");
        var json = type.GetField("Json")?.GetRawConstantValue() as string
            ?? throw new InvalidOperationException($"{GeneratedTypeName}.Json is missing.");
        return Parse(json);
    }

    public string ToJson() => JsonSerializer.Serialize(this, ManifestJsonContext.Default.FunctionManifest);
}

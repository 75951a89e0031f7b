using System.Text.Json.Serialization;

namespace EventFunctions.Annotations.Manifest;

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(FunctionManifest))]
internal sealed partial class ManifestJsonContext : JsonSerializerContext
{
}

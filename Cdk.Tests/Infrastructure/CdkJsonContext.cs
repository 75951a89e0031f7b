using System.Text.Json;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>The <c>context</c> of <c>Cdk/cdk.json</c> (the feature flags), so tests synthesize as <c>cdk synth</c> does.</summary>
public static class CdkJsonContext
{
    public static Dictionary<string, object> Load()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepositoryFiles.CdkJson));
        return document.RootElement.GetProperty("context").EnumerateObject()
            .ToDictionary(p => p.Name, p => ToValue(p.Value));
    }

    private static object ToValue(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array => value.EnumerateArray().Select(ToValue).ToArray(),
        _ => throw new NotSupportedException($"cdk.json context value of kind {value.ValueKind}"),
    };
}

using System.Text.Json.Nodes;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>CloudFormation intrinsic functions as JSON, for comparisons with <see cref="JsonNode.DeepEquals"/>.</summary>
public static class Json
{
    public static JsonObject Ref(string id) => new() { ["Ref"] = id };

    public static JsonObject GetAtt(string id, string attribute) => new() { ["Fn::GetAtt"] = new JsonArray(id, attribute) };

    /// <summary>A value that may be one item or an array, as a list (IAM's Action and Resource are either).</summary>
    public static IReadOnlyList<JsonNode> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(n => n!)],
        _ => [node],
    };

    /// <summary>The strings of a value that may be one string or an array of strings.</summary>
    public static IReadOnlyList<string> Strings(JsonNode? node) => [.. Many(node).Select(n => (string)n!)];
}

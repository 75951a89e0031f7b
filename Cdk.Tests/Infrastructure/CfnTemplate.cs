using System.Text.Json.Nodes;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>A synthesized CloudFormation template as JSON, with look-ups by type and by construct path.</summary>
public sealed class CfnTemplate(JsonObject root)
{
    private const string ResourcesKey = "Resources";
    private const string OutputsKey = "Outputs";

    public JsonObject Root { get; } = root;

    public JsonObject Resources => Root[ResourcesKey]!.AsObject();

    public JsonObject Outputs => Root[OutputsKey]?.AsObject() ?? [];

    public static CfnTemplate Parse(string text) => new(JsonNode.Parse(text)!.AsObject());

    public IEnumerable<(string Id, JsonObject Resource)> OfType(string type) =>
        Resources.Where(r => (string?)r.Value!["Type"] == type).Select(r => (r.Key, r.Value!.AsObject()));

    public JsonObject Properties(string id) => Resources[id]!["Properties"]!.AsObject();

    /// <summary>The logical id of the resource the construct at <paramref name="path"/> (below the stack) made.</summary>
    public string IdAt(string path)
    {
        var full = $"{DeploymentNames.StackName}/{path}";
        return Resources.Single(r => (string?)r.Value!["Metadata"]?["aws:cdk:path"] == full).Key;
    }

    public string FunctionId(string name) => IdAt($"{name}/Function/Resource");

    public string AliasId(string name) => IdAt($"{name}/LiveAlias/Resource");

    public string TableId => IdAt("Events/Table/Resource");

    public string IdempotencyTableId => IdAt("IdempotencyRecords/Table/Resource");

    public string RestApiId => IdAt("Api/RestApi/Resource");

    public JsonObject Function(string name) => Properties(FunctionId(name));

    /// <summary>Every statement of every policy on the function's role: inline, attached and default policy.</summary>
    public IReadOnlyList<JsonObject> RoleStatements(string name)
    {
        var roleId = (string)Function(name)["Role"]!["Fn::GetAtt"]![0]!;
        var inline = Properties(roleId)["Policies"]?.AsArray().Select(p => p!["PolicyDocument"]!) ?? [];
        var attached = OfType("AWS::IAM::Policy")
            .Where(p => p.Resource["Properties"]!["Roles"]!.AsArray().Any(r => JsonNode.DeepEquals(r, Json.Ref(roleId))))
            .Select(p => p.Resource["Properties"]!["PolicyDocument"]!);
        return [.. inline.Concat(attached).SelectMany(d => d["Statement"]!.AsArray()).Select(s => s!.AsObject())];
    }

    /// <summary>The API path of an <c>AWS::ApiGateway::Method</c>, rebuilt from its resource chain.</summary>
    public string MethodPath(JsonObject methodProperties)
    {
        var segments = new Stack<string>();
        var resource = methodProperties["ResourceId"]!;
        while (resource["Ref"] is { } reference)
        {
            var properties = Properties((string)reference!);
            segments.Push((string)properties["PathPart"]!);
            resource = properties["ParentId"]!;
        }

        return "/" + string.Join('/', segments);
    }
}

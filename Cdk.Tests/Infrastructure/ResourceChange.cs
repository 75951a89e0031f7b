using System.Text.Json.Nodes;

namespace EventFunctions.Cdk.Tests.Infrastructure;

public enum ChangeKind
{
    Added,
    Removed,
    Modified,
}

/// <summary>A resource that differs between two templates, in <c>cdk diff</c> terms.</summary>
public sealed record ResourceChange(string Id, string ResourceType, ChangeKind Kind)
{
    public static IReadOnlyList<ResourceChange> Between(CfnTemplate before, CfnTemplate after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<ResourceChange>();
        foreach (var (id, resource) in before.Resources)
        {
            var type = (string)resource!["Type"]!;
            if (!after.Resources.TryGetPropertyValue(id, out var other))
            {
                changes.Add(new(id, type, ChangeKind.Removed));
            }
            else if (!JsonNode.DeepEquals(resource, other))
            {
                changes.Add(new(id, type, ChangeKind.Modified));
            }
        }

        changes.AddRange(after.Resources.Where(r => !before.Resources.ContainsKey(r.Key))
            .Select(r => new ResourceChange(r.Key, (string)r.Value!["Type"]!, ChangeKind.Added)));
        return changes;
    }
}

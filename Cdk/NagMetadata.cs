using Amazon.CDK;

namespace EventFunctions.Cdk;

/// <summary>
/// Writes cdk-nag suppressions onto a resource as CloudFormation metadata, <c>cdk_nag: { rules_to_suppress: [...] }</c>:
/// the format cdk-nag reads (v2) and writes for its audit trail (v3), so the template itself says what is accepted and why.
/// </summary>
internal static class NagMetadata
{
    public const string Key = "cdk_nag";

    /// <summary>Every suppression of the resource, in one call (a second call would overwrite the first, so it throws).</summary>
    public static void Suppress(CfnResource resource, params NagSuppression[] suppressions)
    {
        ArgumentNullException.ThrowIfNull(resource);
        ArgumentNullException.ThrowIfNull(suppressions);
        if (resource.GetMetadata(Key) is not null)
        {
            throw new InvalidOperationException($"{resource.Node.Path} already has its cdk-nag suppressions; give them all in one call.");
        }

        resource.AddMetadata(Key, new Dictionary<string, object>
        {
            ["rules_to_suppress"] = suppressions.Select(Rule).ToArray(),
        });
    }

    /// <summary>Every suppression of the construct's own resource (its default child).</summary>
    public static void SuppressDefaultChild(Constructs.IConstruct construct, params NagSuppression[] suppressions)
    {
        ArgumentNullException.ThrowIfNull(construct);
        Suppress((CfnResource)construct.Node.DefaultChild!, suppressions);
    }

    private static object Rule(NagSuppression suppression)
    {
        var rule = new Dictionary<string, object> { ["id"] = suppression.Id, ["reason"] = suppression.Reason };
        if (suppression.AppliesTo is { } finding)
        {
            rule["applies_to"] = new object[] { finding };
        }

        return rule;
    }
}

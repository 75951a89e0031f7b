using System.Text.RegularExpressions;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>
/// cdk-nag's AwsSolutions pack over the synthesized templates: the secure variant meets every rule or says why not, the
/// default has exactly the findings of a public API, and every suppression is one SECURITY.md lists.
/// </summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed partial class NagTests(StackVariants stacks)
{
    [Fact]
    public void Secure_AuthCognitoAndWaf_HasNoUnsuppressedFinding()
    {
        var open = NagReport.Of(stacks.Secure).Where(f => !f.Suppressed).Select(f => $"{f.Level} {f.RuleId} {f.LogicalId}");

        Assert.Empty(open);
    }

    [Fact]
    public void Default_PublicApi_HasExactlyTheMissingAuthorizerAndWafFindings()
    {
        var template = stacks.Default.Json;
        var functionMethods = Manifests.Generated.Functions.Select(f => MethodId(template, f.HttpMethod, f.Path)).ToArray();
        var expected = functionMethods.Select(id => $"AwsSolutions-APIG4 {id}")
            .Concat(functionMethods.Select(id => $"AwsSolutions-COG4 {id}"))
            .Append($"AwsSolutions-APIG3 {template.IdAt("Api/RestApi/DeploymentStage.prod/Resource")}");

        var open = NagReport.Of(stacks.Default).Where(f => !f.Suppressed).Select(f => $"{f.RuleId} {f.LogicalId}");

        Assert.Equal(expected.Order(StringComparer.Ordinal), open.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Iam_EveryMethodSigned_HasOnlyTheMissingWafFinding()
    {
        var open = NagReport.Of(stacks.Iam).Where(f => !f.Suppressed).Select(f => f.RuleId);

        Assert.Equal(["AwsSolutions-APIG3"], open);
    }

    [Fact]
    public void SuppressedFindings_EveryVariant_CarryTheirWrittenReason()
    {
        var suppressed = Variants().SelectMany(NagReport.Of).Where(f => f.Suppressed).ToArray();

        Assert.NotEmpty(suppressed);
        Assert.All(suppressed, f => Assert.False(string.IsNullOrWhiteSpace(f.Reason), $"{f.RuleId} {f.LogicalId}"));
    }

    [Fact]
    public void Suppressions_EveryVariant_EachSilenceAFinding()
    {
        foreach (var synthesis in Variants())
        {
            var silenced = NagReport.Of(synthesis).Where(f => f.Suppressed).Select(f => $"{f.RuleId} {f.LogicalId}").ToHashSet(StringComparer.Ordinal);
            var written = Suppressions(synthesis.Json).Select(s => $"{s.AckId} {s.LogicalId}");

            Assert.All(written, s => Assert.Contains(s, silenced));
        }
    }

    [Fact]
    public void Suppressions_InTheTemplates_AreExactlyTheOnesSecurityMdLists()
    {
        var inTemplates = Variants().SelectMany(s => Suppressions(s.Json)).Select(s => s.Listed).ToHashSet(StringComparer.Ordinal);
        var listed = SecurityMdSuppressions().ToHashSet(StringComparer.Ordinal);

        Assert.True(inTemplates.SetEquals(listed),
            $"In the templates, not in SECURITY.md:\n{string.Join('\n', inTemplates.Except(listed))}\n"
            + $"In SECURITY.md, not in the templates:\n{string.Join('\n', listed.Except(inTemplates))}");
    }

    private IEnumerable<StackSynthesis> Variants() => [stacks.Default, stacks.Secure, stacks.Iam, stacks.ExistingPool];

    private static string MethodId(CfnTemplate template, string httpMethod, string path) =>
        template.OfType("AWS::ApiGateway::Method")
            .Single(m => (string)m.Resource["Properties"]!["HttpMethod"]! == httpMethod && template.MethodPath(m.Resource["Properties"]!.AsObject()) == path).Id;

    /// <summary>Every <c>cdk_nag</c> metadata entry: the id cdk-nag acknowledges, and the row SECURITY.md shows for it.</summary>
    private static IEnumerable<(string LogicalId, string AckId, string Listed)> Suppressions(CfnTemplate template) =>
        from resource in template.Resources
        from rule in resource.Value!["Metadata"]?[NagMetadata.Key]?["rules_to_suppress"]?.AsArray() ?? []
        let id = (string)rule!["id"]!
        let finding = (string?)rule["applies_to"]?[0]
        select (resource.Key, finding is null ? id : $"{id}[{finding}]", Row(id, finding, (string)rule["reason"]!));

    private static string Row(string id, string? finding, string reason) => $"{id} | {finding ?? "-"} | {reason}";

    /// <summary>The rows of SECURITY.md's suppression table: rule, finding, resources (not compared), reason.</summary>
    private static IEnumerable<string> SecurityMdSuppressions()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryFiles.Layout.Root, "SECURITY.md"));
        var table = SuppressionTable().Match(text);
        Assert.True(table.Success, "SECURITY.md has no <!-- nag-suppressions:start --> ... <!-- nag-suppressions:end --> table.");
        foreach (var line in table.Groups[1].Value.Split('\n').Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            var cells = line.Trim().Trim('|').Split(" | ").Select(c => c.Trim().Trim('`')).ToArray();
            yield return Row(cells[0], cells[1] == "-" ? null : cells[1], cells[3]);
        }
    }

    [GeneratedRegex("<!-- nag-suppressions:start -->(.*?)<!-- nag-suppressions:end -->", RegexOptions.Singleline)]
    private static partial Regex SuppressionTable();
}

using System.Text.Json.Nodes;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary><c>-c waf=true</c>: a regional web ACL on the prod stage with AWS's managed rule groups and a rate limit per IP.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class WebAclTests(StackVariants stacks)
{
    [Fact]
    public void WebAcl_Default_IsNotThere()
    {
        Assert.Empty(stacks.Default.Json.OfType("AWS::WAFv2::WebACL"));
        Assert.Empty(stacks.Default.Json.OfType("AWS::WAFv2::WebACLAssociation"));
    }

    [Fact]
    public void WebAcl_Waf_IsRegionalAllowsByDefaultAndHasTheManagedGroupsThenTheRateRule()
    {
        var acl = WebAcl(stacks.Secure.Json);
        var rules = acl["Rules"]!.AsArray().Select(r => r!).OrderBy(r => (int)r["Priority"]!).ToArray();

        Assert.Equal(("REGIONAL", true), ((string)acl["Scope"]!, acl["DefaultAction"]!["Allow"] is not null));
        Assert.Equal(
            [("AWS", ApiWebAcl.CommonRuleSet), ("AWS", ApiWebAcl.KnownBadInputsRuleSet)],
            rules[..2].Select(r => ((string)r["Statement"]!["ManagedRuleGroupStatement"]!["VendorName"]!,
                (string)r["Statement"]!["ManagedRuleGroupStatement"]!["Name"]!)));
        Assert.Equal(("IP", DeploymentSettings.DefaultWafRateLimit, true),
            ((string)rules[2]["Statement"]!["RateBasedStatement"]!["AggregateKeyType"]!,
             (int)rules[2]["Statement"]!["RateBasedStatement"]!["Limit"]!, rules[2]["Action"]!["Block"] is not null));
    }

    [Fact]
    public void RateRule_WafRateLimitContext_UsesTheGivenLimit()
    {
        var rate = WebAcl(stacks.ExistingPool.Json)["Rules"]!.AsArray().Single(r => (string)r!["Name"]! == ApiWebAcl.RateRule)!;

        Assert.Equal(300, (int)rate["Statement"]!["RateBasedStatement"]!["Limit"]!);
    }

    [Fact]
    public void CommonRuleSet_Waf_CountsTheBodySizeRuleInsteadOfBlockingIt()
    {
        var common = WebAcl(stacks.Secure.Json)["Rules"]!.AsArray().Single(r => (string)r!["Name"]! == ApiWebAcl.CommonRuleSet)!;
        var overrideRule = Assert.Single(common["Statement"]!["ManagedRuleGroupStatement"]!["RuleActionOverrides"]!.AsArray())!;

        Assert.Equal(ApiWebAcl.BodySizeRule, (string)overrideRule["Name"]!);
        Assert.NotNull(overrideRule["ActionToUse"]!["Count"]);
    }

    [Fact]
    public void Rules_Waf_EachHaveMetricsAndSampledRequests()
    {
        var acl = WebAcl(stacks.Secure.Json);
        var configs = acl["Rules"]!.AsArray().Select(r => r!["VisibilityConfig"]!).Append(acl["VisibilityConfig"]!);

        Assert.All(configs, c => Assert.Equal((true, true), ((bool)c["CloudWatchMetricsEnabled"]!, (bool)c["SampledRequestsEnabled"]!)));
    }

    [Fact]
    public void Association_Waf_PutsTheWebAclOnTheProdStage()
    {
        var template = stacks.Secure.Json;
        var (aclId, _) = Assert.Single(template.OfType("AWS::WAFv2::WebACL"));
        var association = Assert.Single(template.OfType("AWS::WAFv2::WebACLAssociation")).Resource["Properties"]!;
        var stageRef = Json.Ref(template.IdAt("Api/RestApi/DeploymentStage.prod/Resource"));

        Assert.True(JsonNode.DeepEquals(Json.GetAtt(aclId, "Arn"), association["WebACLArn"]));
        Assert.Contains(association["ResourceArn"]!["Fn::Join"]![1]!.AsArray(), part => JsonNode.DeepEquals(part, stageRef));
    }

    private static JsonObject WebAcl(CfnTemplate template) =>
        Assert.Single(template.OfType("AWS::WAFv2::WebACL")).Resource["Properties"]!.AsObject();
}

using System.Text.Json.Nodes;

namespace EventFunctions.Cdk.Sam;

/// <summary>
/// The SAM form of <see cref="ApiWebAcl"/>: the same web ACL and rules, created only when the <c>Waf</c> parameter is
/// <c>true</c> (plain CloudFormation resources take a <c>Condition</c>, SAM's do not need to).
/// </summary>
internal static class SamWebAcl
{
    public const string WafParameter = "Waf";
    public const string RateParameter = "WafRateLimit";
    public const string Condition = "WafEnabled";
    public const string WebAclId = "EventsApiWebAcl";
    public const string AssociationId = "EventsApiWebAclAssociation";

    public static JsonObject Parameters() => new()
    {
        [WafParameter] = new JsonObject
        {
            ["Type"] = "String",
            ["Default"] = "false",
            ["AllowedValues"] = new JsonArray("true", "false"),
            ["Description"] = "true: an AWS WAF web ACL on the stage (AWS Common and Known Bad Inputs rule groups, a rate limit per IP).",
        },
        [RateParameter] = new JsonObject
        {
            ["Type"] = "Number",
            ["Default"] = DeploymentSettings.DefaultWafRateLimit,
            ["MinValue"] = DeploymentSettings.MinWafRateLimit,
            ["MaxValue"] = DeploymentSettings.MaxWafRateLimit,
            ["Description"] = "With Waf: requests per 5 minutes from one IP address before it is blocked.",
        },
    };

    public static JsonObject Conditions() => new()
    {
        [Condition] = new JsonObject { ["Fn::Equals"] = new JsonArray(SamTemplate.Ref(WafParameter), "true") },
    };

    public static IEnumerable<(string Id, JsonObject Resource)> Resources(string apiId, string stageName)
    {
        yield return (WebAclId, new JsonObject
        {
            ["Type"] = "AWS::WAFv2::WebACL",
            ["Condition"] = Condition,
            ["Properties"] = new JsonObject
            {
                ["Scope"] = "REGIONAL",
                ["DefaultAction"] = new JsonObject { ["Allow"] = new JsonObject() },
                ["VisibilityConfig"] = Visibility(DeploymentNames.StackName),
                ["Rules"] = new JsonArray(
                    ManagedRuleGroup(ApiWebAcl.CommonRuleSet, 10, ApiWebAcl.BodySizeRule),
                    ManagedRuleGroup(ApiWebAcl.KnownBadInputsRuleSet, 20, null),
                    new JsonObject
                    {
                        ["Name"] = ApiWebAcl.RateRule,
                        ["Priority"] = 30,
                        ["Action"] = new JsonObject { ["Block"] = new JsonObject() },
                        ["Statement"] = new JsonObject
                        {
                            ["RateBasedStatement"] = new JsonObject
                            {
                                ["Limit"] = SamTemplate.Ref(RateParameter),
                                ["AggregateKeyType"] = "IP",
                            },
                        },
                        ["VisibilityConfig"] = Visibility(ApiWebAcl.RateRule),
                    }),
            },
        });
        yield return (AssociationId, new JsonObject
        {
            ["Type"] = "AWS::WAFv2::WebACLAssociation",
            ["Condition"] = Condition,
            // The stage SAM generates for the API: "<api id><stage name>Stage".
            ["DependsOn"] = new JsonArray($"{apiId}{stageName}Stage"),
            ["Properties"] = new JsonObject
            {
                ["ResourceArn"] = SamTemplate.Sub($"arn:${{AWS::Partition}}:apigateway:${{AWS::Region}}::/restapis/${{{apiId}}}/stages/{stageName}"),
                ["WebACLArn"] = SamTemplate.GetAtt(WebAclId, "Arn"),
            },
        });
    }

    private static JsonObject ManagedRuleGroup(string name, int priority, string? countedRule)
    {
        var statement = new JsonObject { ["VendorName"] = "AWS", ["Name"] = name };
        if (countedRule is not null)
        {
            statement["RuleActionOverrides"] = new JsonArray(new JsonObject
            {
                ["Name"] = countedRule,
                ["ActionToUse"] = new JsonObject { ["Count"] = new JsonObject() },
            });
        }

        return new JsonObject
        {
            ["Name"] = name,
            ["Priority"] = priority,
            ["OverrideAction"] = new JsonObject { ["None"] = new JsonObject() },
            ["Statement"] = new JsonObject { ["ManagedRuleGroupStatement"] = statement },
            ["VisibilityConfig"] = Visibility(name),
        };
    }

    private static JsonObject Visibility(string metricName) => new()
    {
        ["CloudWatchMetricsEnabled"] = true,
        ["MetricName"] = metricName,
        ["SampledRequestsEnabled"] = true,
    };
}

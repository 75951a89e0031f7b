using Amazon.CDK.AWS.APIGateway;
using Amazon.CDK.AWS.WAFv2;
using Constructs;
using EventFunctions.Annotations.APIGateway;

namespace EventFunctions.Cdk;

/// <summary>
/// <c>-c waf=true</c>: an AWS WAF web ACL on the prod stage. Allows by default; blocks what AWS's Common and Known Bad Inputs
/// rule groups match and any IP address over <see cref="DeploymentSettings.WafRateLimit"/> requests in 5 minutes. Every rule
/// has its CloudWatch metric and sampled requests.
/// </summary>
internal sealed class ApiWebAcl : Construct
{
    /// <summary>
    /// The Common rule set's rule that blocks bodies over 8 KB, AWS WAF's body inspection limit for API Gateway. The functions
    /// take bodies up to <see cref="FromBodyAttribute.MaxBytes"/> and answer a larger one with their own 413 problem; a valid
    /// event can pass 8 KB (a 1,000-character description written in \u escapes is 6 KB alone). So it counts, not blocks.
    /// </summary>
    public const string BodySizeRule = "SizeRestrictions_BODY";

    public const string CommonRuleSet = "AWSManagedRulesCommonRuleSet";
    public const string KnownBadInputsRuleSet = "AWSManagedRulesKnownBadInputsRuleSet";
    public const string RateRule = "RateLimitPerIp";

    public ApiWebAcl(Construct scope, string id, RestApi api, int rateLimit)
        : base(scope, id)
    {
        ArgumentNullException.ThrowIfNull(api);
        WebAcl = new CfnWebACL(this, "WebAcl", new CfnWebACLProps
        {
            Scope = "REGIONAL",
            DefaultAction = new CfnWebACL.DefaultActionProperty { Allow = new CfnWebACL.AllowActionProperty() },
            VisibilityConfig = Visibility(DeploymentNames.StackName),
            Rules = new object[]
            {
                ManagedRuleGroup(CommonRuleSet, 10, [BodySizeRule]),
                ManagedRuleGroup(KnownBadInputsRuleSet, 20, []),
                new CfnWebACL.RuleProperty
                {
                    Name = RateRule,
                    Priority = 30,
                    Action = new CfnWebACL.RuleActionProperty { Block = new CfnWebACL.BlockActionProperty() },
                    Statement = new CfnWebACL.StatementProperty
                    {
                        RateBasedStatement = new CfnWebACL.RateBasedStatementProperty
                        {
                            Limit = rateLimit,
                            AggregateKeyType = "IP",
                        },
                    },
                    VisibilityConfig = Visibility(RateRule),
                },
            },
        });

        _ = new CfnWebACLAssociation(this, "Association", new CfnWebACLAssociationProps
        {
            ResourceArn = api.DeploymentStage.StageArn,
            WebAclArn = WebAcl.AttrArn,
        });
    }

    public CfnWebACL WebAcl { get; }

    private static CfnWebACL.RuleProperty ManagedRuleGroup(string name, int priority, string[] countedRules) => new()
    {
        Name = name,
        Priority = priority,
        OverrideAction = new CfnWebACL.OverrideActionProperty { None = new Dictionary<string, object>() },
        Statement = new CfnWebACL.StatementProperty
        {
            ManagedRuleGroupStatement = new CfnWebACL.ManagedRuleGroupStatementProperty
            {
                VendorName = "AWS",
                Name = name,
                RuleActionOverrides = countedRules.Length == 0
                    ? null
                    : countedRules.Select(rule => (object)new CfnWebACL.RuleActionOverrideProperty
                    {
                        Name = rule,
                        ActionToUse = new CfnWebACL.RuleActionProperty { Count = new CfnWebACL.CountActionProperty() },
                    }).ToArray(),
            },
        },
        VisibilityConfig = Visibility(name),
    };

    private static CfnWebACL.VisibilityConfigProperty Visibility(string metricName) => new()
    {
        CloudWatchMetricsEnabled = true,
        MetricName = metricName,
        SampledRequestsEnabled = true,
    };
}

using Amazon.CDK.AWS.CloudWatch;
using Constructs;

namespace EventFunctions.Cdk;

/// <summary>An alarm that fires when one period of a metric reaches a threshold; no data is not a breach.</summary>
internal static class ThresholdAlarm
{
    public static Alarm Add(Construct scope, string id, IMetric metric, string description, double threshold = 1) =>
        new(scope, id, new AlarmProps
        {
            Metric = metric,
            Threshold = threshold,
            EvaluationPeriods = 1,
            ComparisonOperator = ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
            TreatMissingData = TreatMissingData.NOT_BREACHING,
            AlarmDescription = description,
        });
}

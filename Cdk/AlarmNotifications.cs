using Amazon.CDK;
using Amazon.CDK.AWS.CloudWatch;
using Amazon.JSII.Runtime.Deputy;
using Constructs;

namespace EventFunctions.Cdk;

/// <summary>
/// Points every alarm in the stack at one SNS topic (<c>-c alarmTopicArn=...</c>), when it goes into ALARM and when it
/// is back to OK. An aspect, so an alarm added anywhere later is covered without being told. A <see cref="DeputyBase"/>,
/// as every .NET object the CDK's JavaScript calls back must be.
/// </summary>
internal sealed class AlarmNotifications(string topicArn) : DeputyBase, IAspect
{
    public static void Apply(Stack stack, string? topicArn)
    {
        ArgumentNullException.ThrowIfNull(stack);
        if (topicArn is not null)
        {
            Aspects.Of(stack).Add(new AlarmNotifications(topicArn));
        }
    }

    public void Visit(IConstruct node)
    {
        if (node is CfnAlarm alarm)
        {
            alarm.AlarmActions = [topicArn];
            alarm.OkActions = [topicArn];
        }
    }
}

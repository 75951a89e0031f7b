namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// A fact that runs the real AWS CLI (Debian's <c>awscli</c> at <c>/usr/bin/aws</c>). Where it is missing the test
/// is reported as skipped, with the reason, rather than passing without having run.
/// </summary>
public sealed class AwsCliFactAttribute : FactAttribute
{
    public const string CliPath = "/usr/bin/aws";

    public AwsCliFactAttribute()
    {
        if (!File.Exists(CliPath))
        {
            Skip = $"{CliPath} is missing: install Debian's awscli (apt-get install awscli; .ci/run does) to run this test.";
        }
    }
}

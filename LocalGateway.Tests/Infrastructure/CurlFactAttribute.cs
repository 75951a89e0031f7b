namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>
/// A fact that runs the real curl (7.75 or later has <c>--aws-sigv4</c>). Where it is missing the test is reported as
/// skipped, with the reason, rather than passing without having run.
/// </summary>
public sealed class CurlFactAttribute : FactAttribute
{
    public const string CurlPath = "/usr/bin/curl";

    public CurlFactAttribute()
    {
        if (!File.Exists(CurlPath))
        {
            Skip = $"{CurlPath} is missing: install curl (7.75 or later, for --aws-sigv4) to run this test.";
        }
    }
}

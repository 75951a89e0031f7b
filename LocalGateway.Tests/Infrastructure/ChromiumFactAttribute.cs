namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>A test that drives Debian's Chromium; skipped, saying how to install it, where it is missing.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public ChromiumFactAttribute()
    {
        if (!File.Exists(ChromiumPath))
        {
            Skip = $"{ChromiumPath} is missing: install Debian's chromium (apt-get install chromium; .ci/run does) to run this test.";
        }
    }
}

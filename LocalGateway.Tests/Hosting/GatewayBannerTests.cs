using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Hosting;

/// <summary>What the banner says of the functions' logs.</summary>
[Collection(ErrorLevelPrettyCollectionDefinition.Name)]
public sealed class GatewayBannerTests(ErrorLevelPrettyFixture fixture)
{
    [Fact]
    public void Banner_NamesTheLogFormatTheLevelAndPrettyPrinting()
    {
        using var output = new StringWriter();

        GatewayBanner.Write(output, fixture.Gateway);

        Assert.Contains(
            "  Logs:       JSON format, application log level ERROR, JSON lines indented on this console (--log-type Tail as written)",
            output.ToString(),
            StringComparison.Ordinal);
    }
}

using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Lambda;
using EventFunctions.LocalGateway.RestApi;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

public sealed class ResourceTableTests
{
    private static readonly ResourceTable Table = new(
    [
        Function("ListEvents", "GET", "/events"),
        Function("GetEvent", "GET", "/events/{eventId}"),
        Function("Search", "GET", "/events/search"),
        Function("Tickets", "GET", "/events/{eventId}/tickets"),
    ]);

    [Fact]
    public void Resources_NestedRoutes_IncludeEveryPrefixAndTheRoot()
    {
        Assert.Equal(
            ["/", "/events", "/events/search", "/events/{eventId}", "/events/{eventId}/tickets"],
            Table.Resources.Select(r => r.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Match_LiteralAndParameterBothFit_PicksTheLiteral()
    {
        Assert.Equal("/events/search", Table.Match("/events/search")?.Resource.Path);
    }

    [Fact]
    public void Match_EncodedParameter_BindsItDecoded()
    {
        var match = Table.Match("/events/a%2Fb%20c/tickets");

        Assert.Equal("/events/{eventId}/tickets", match?.Resource.Path);
        Assert.Equal("a/b c", match?.PathParameters["eventId"]);
    }

    [Theory]
    [InlineData("/events/")]
    [InlineData("/events//tickets")]
    [InlineData("/other")]
    [InlineData("events")]
    public void Match_NoResourceFits_ReturnsNull(string path)
    {
        Assert.Null(Table.Match(path));
    }

    [Fact]
    public void Constructor_TwoFunctionsOnOneMethodAndPath_Throws()
    {
        var failure = Assert.Throws<GatewayStartupException>(
            () => new ResourceTable([Function("A", "GET", "/x"), Function("B", "get", "/x")]));

        Assert.Contains("'A' and 'B' both declare GET /x", failure.Message, StringComparison.Ordinal);
    }

    private static LambdaFunction Function(string name, string method, string path) => new(
        new EnvironmentSettings(
            TestManifests.Function(name, "unused", method, path), RuntimeMode.Executable, TestManifests.AssemblyName,
            new FunctionCode("/nonexistent", 1), new Dictionary<string, string>(), "/nonexistent", LogConsole.Standard),
        maxEnvironments: 1);
}

using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.Tests.Authorization;

[Trait("Category", "Unit")]
public sealed class TokenCommandTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly Func<string, string?> NoVariables = _ => null;

    [Fact]
    public void UserOnly_IsAnHourLongTokenForPort5080()
    {
        var (port, request) = TokenCommand.Parse(["--user", "alice"], NoVariables, Now);

        Assert.Equal(5080, port);
        Assert.Equal(new TokenRequest("alice", [], null, Now, TimeSpan.FromHours(1)), request with { Groups = [] });
        Assert.Empty(request.Groups);
    }

    [Fact]
    public void EveryOption_IsRead()
    {
        var (port, request) = TokenCommand.Parse(
            ["--user=bob", "--groups", "admins, editors", "--email", "bob@example.org", "--expires-in", "60", "--port", "6000"], NoVariables, Now);

        Assert.Equal(6000, port);
        Assert.Equal(["admins", "editors"], request.Groups);
        Assert.Equal("bob@example.org", request.Email);
        Assert.Equal(TimeSpan.FromMinutes(1), request.Lifetime);
    }

    [Fact]
    public void PortVariable_IsTheGatewaysPort() =>
        Assert.Equal(7000, TokenCommand.Parse(["--user", "alice"], name => name == "PORT" ? "7000" : null, Now).Port);

    [Fact]
    public void NoUser_Throws()
    {
        var failure = Assert.Throws<FormatException>(() => TokenCommand.Parse(["--groups", "admins"], NoVariables, Now));

        Assert.Equal("The token command needs --user NAME.", failure.Message);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("86401")]
    [InlineData("soon")]
    public void BadLifetime_Throws(string seconds) =>
        Assert.Throws<FormatException>(() => TokenCommand.Parse(["--user", "alice", "--expires-in", seconds], NoVariables, Now));

    [Fact]
    public void UnknownOption_Throws() =>
        Assert.Throws<FormatException>(() => TokenCommand.Parse(["--user", "alice", "--admin"], NoVariables, Now));

    [Fact]
    public void Run_BadArguments_ExitsWith2AndSaysWhy()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exit = TokenCommand.Run([], NoVariables, output, error, TimeProvider.System);

        Assert.Equal(2, exit);
        Assert.Empty(output.ToString());
        Assert.Contains("--user", error.ToString(), StringComparison.Ordinal);
    }
}

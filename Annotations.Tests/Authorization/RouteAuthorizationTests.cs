using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Annotations.Tests.Authorization;

[Trait("Category", "Unit")]
public sealed class RouteAuthorizationTests
{
    [Theory]
    [InlineData("GET")]
    [InlineData("POST")]
    [InlineData("DELETE")]
    public void NoAuthorizer_AuthorizesNothing(string method) =>
        Assert.False(new RouteAuthorization(AuthorizationMode.None, AuthReads: true).IsAuthorized(method));

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("delete")]
    public void Writes_AreAuthorized(string method) =>
        Assert.True(new RouteAuthorization(AuthorizationMode.Cognito, AuthReads: false).IsAuthorized(method));

    [Theory]
    [InlineData("GET")]
    [InlineData("head")]
    public void Reads_AreOpenWithoutAuthReads(string method) =>
        Assert.False(new RouteAuthorization(AuthorizationMode.Iam, AuthReads: false).IsAuthorized(method));

    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    public void Reads_AreAuthorizedWithAuthReads(string method) =>
        Assert.True(new RouteAuthorization(AuthorizationMode.Iam, AuthReads: true).IsAuthorized(method));

    [Theory]
    [InlineData(AuthorizationMode.Cognito)]
    [InlineData(AuthorizationMode.Iam)]
    public void Preflight_IsNeverAuthorized(AuthorizationMode mode) =>
        Assert.False(new RouteAuthorization(mode, AuthReads: true).IsAuthorized("OPTIONS"));

    [Theory]
    [InlineData("none", AuthorizationMode.None)]
    [InlineData("Cognito", AuthorizationMode.Cognito)]
    [InlineData(" iam ", AuthorizationMode.Iam)]
    public void ModeName_Parses(string text, AuthorizationMode expected)
    {
        Assert.True(AuthorizationModes.TryParse(text, out var mode));
        Assert.Equal(expected, mode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jwt")]
    [InlineData(null)]
    public void UnknownModeName_DoesNotParse(string? text) => Assert.False(AuthorizationModes.TryParse(text, out _));
}

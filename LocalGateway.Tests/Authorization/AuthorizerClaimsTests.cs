using System.Text.Json;
using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>Claims as a REST API's Cognito authorizer passes them on: every value a string.</summary>
[Trait("Category", "Unit")]
public sealed class AuthorizerClaimsTests
{
    [Fact]
    public void ExpiryAndIssuedAt_AreJavaDateStrings()
    {
        var claims = From("""{"exp":1469818373,"iat":1469814773}""");

        Assert.Equal("Fri Jul 29 18:52:53 UTC 2016", claims["exp"]);
        Assert.Equal("Fri Jul 29 17:52:53 UTC 2016", claims["iat"]);
    }

    [Fact]
    public void SingleDigitDay_IsPaddedAsJavaDoes() => Assert.Equal("Thu Jan 01 00:00:00 UTC 1970", From("""{"exp":0}""")["exp"]);

    [Fact]
    public void OtherNumbersAndBooleans_KeepTheirJsonText()
    {
        var claims = From("""{"auth_time":1469814773,"email_verified":true}""");

        Assert.Equal("1469814773", claims["auth_time"]);
        Assert.Equal("true", claims["email_verified"]);
    }

    [Fact]
    public void List_IsJoinedWithCommas() => Assert.Equal("admins,editors", From("""{"cognito:groups":["admins","editors"]}""")["cognito:groups"]);

    [Fact]
    public void NullClaim_IsLeftOut() => Assert.False(From("""{"nickname":null}""").ContainsKey("nickname"));

    private static IReadOnlyDictionary<string, string> From(string json)
    {
        using var document = JsonDocument.Parse(json);
        return AuthorizerClaims.From(document.RootElement);
    }
}

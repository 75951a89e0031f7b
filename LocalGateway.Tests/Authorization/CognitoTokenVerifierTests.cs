using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.RestApi;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>The Cognito user pool authorizer's decisions, on a fixed clock, for a good token and every kind of bad one.</summary>
[Trait("Category", "Unit")]
public sealed class CognitoTokenVerifierTests(SigningKeyFixture keys) : IClassFixture<SigningKeyFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly string Issuer = LocalUserPool.Issuer(5080);

    private readonly CognitoTokenVerifier verifier = new(keys.Key, new FixedClock(Now));

    private string KeyId => keys.Key.KeyId;

    [Fact]
    public void MintedToken_PassesWithItsClaims()
    {
        var token = CognitoTokenIssuer.Mint(keys.Key, Issuer, new TokenRequest("alice", ["admins"], null, Now.AddMinutes(-1), TimeSpan.FromHours(1)));

        var verdict = verifier.Verify(token, Issuer);

        Assert.Null(verdict.Rejection);
        Assert.Equal("alice", verdict.Claims!["cognito:username"]);
        Assert.Equal("admins", verdict.Claims["cognito:groups"]);
        Assert.Equal(CognitoTokenIssuer.SubjectOf("alice"), verdict.Claims["sub"]);
    }

    [Fact]
    public void GoodToken_ClaimsAreStringsAsApiGatewayWritesThem()
    {
        var verdict = verifier.Verify(Good(), Issuer);

        var claims = verdict.Claims!;
        Assert.Equal("admins,editors", claims["cognito:groups"]);
        Assert.Equal("true", claims["email_verified"]);
        Assert.Equal(Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), claims["auth_time"]);
        Assert.Equal("Tue Dec 01 13:00:00 UTC 2026", claims["exp"]);
        Assert.Equal("Tue Dec 01 12:00:00 UTC 2026", claims["iat"]);
        Assert.Equal("alice@example.com", claims["email"]);
    }

    [Fact]
    public void BearerPrefix_IsAccepted() => Assert.Null(verifier.Verify("Bearer " + Good(), Issuer).Rejection);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void MissingHeader_IsUnauthorized(string? header) => AssertUnauthorized(header);

    [Fact]
    public void ExpiredToken_IsTheIncomingTokenHasExpired()
    {
        var token = TestTokens.SignRs256(TestTokens.Header(KeyId), TestTokens.IdClaims(Issuer, Now.AddHours(-2)), keys.Key.Rsa);

        Assert.Same(GatewayResponses.ExpiredToken, verifier.Verify(token, Issuer).Rejection);
    }

    [Fact]
    public void TokenExpiringThisSecond_IsExpired()
    {
        var claims = TestTokens.IdClaims(Issuer, Now.AddHours(-1));

        Assert.Same(GatewayResponses.ExpiredToken, verifier.Verify(Signed(claims), Issuer).Rejection);
    }

    [Fact]
    public void ExpiredTokenWithBadSignature_IsUnauthorizedNotExpired()
    {
        using var other = RSA.Create(2048);
        var token = TestTokens.SignRs256(TestTokens.Header(KeyId), TestTokens.IdClaims(Issuer, Now.AddHours(-2)), other);

        AssertUnauthorized(token);
    }

    [Fact]
    public void OtherKeySameKid_IsUnauthorized()
    {
        using var other = RSA.Create(2048);

        AssertUnauthorized(TestTokens.SignRs256(TestTokens.Header(KeyId), Claims(), other));
    }

    [Fact]
    public void UnknownKid_IsUnauthorized() =>
        AssertUnauthorized(TestTokens.SignRs256(TestTokens.Header("someone-elses-key"), Claims(), keys.Key.Rsa));

    [Fact]
    public void AlgNoneWithoutSignature_IsUnauthorized() =>
        AssertUnauthorized($"{TestTokens.Encode(TestTokens.Header(KeyId, "none").ToJsonString())}.{TestTokens.Encode(Claims().ToJsonString())}.");

    [Fact]
    public void AlgNoneWithTheRealSignature_IsUnauthorized()
    {
        var good = Good().Split('.');
        var header = TestTokens.Encode(TestTokens.Header(KeyId, "none").ToJsonString());

        AssertUnauthorized($"{header}.{good[1]}.{good[2]}");
    }

    [Fact]
    public void Hs256KeyedWithThePublicKey_IsUnauthorized()
    {
        var publicPem = Encoding.ASCII.GetBytes(keys.Key.Rsa.ExportSubjectPublicKeyInfoPem());

        AssertUnauthorized(TestTokens.SignHs256(TestTokens.Header(KeyId, "HS256"), Claims(), publicPem));
    }

    [Fact]
    public void Rs256NamedInLowerCase_IsUnauthorized() =>
        AssertUnauthorized(TestTokens.SignRs256(TestTokens.Header(KeyId, "rs256"), Claims(), keys.Key.Rsa));

    [Fact]
    public void CriticalHeaderExtension_IsUnauthorized()
    {
        var header = TestTokens.Header(KeyId);
        header["crit"] = new JsonArray("exp");

        AssertUnauthorized(TestTokens.SignRs256(header, Claims(), keys.Key.Rsa));
    }

    [Fact]
    public void OtherAudience_IsUnauthorized() => AssertUnauthorized(Signed(Claims(c => c["aud"] = "some-other-app-client")));

    [Fact]
    public void AudienceAsList_IsUnauthorized() =>
        AssertUnauthorized(Signed(Claims(c => c["aud"] = new JsonArray(LocalAccount.AppClientId))));

    [Fact]
    public void OtherIssuer_IsUnauthorized() =>
        AssertUnauthorized(Signed(Claims(c => c["iss"] = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool")));

    [Fact]
    public void IssuerOfAnotherPort_IsUnauthorized() => AssertUnauthorized(Signed(Claims(c => c["iss"] = LocalUserPool.Issuer(5081))));

    [Fact]
    public void AccessToken_IsUnauthorizedOnAMethodWithoutScopes() =>
        AssertUnauthorized(Signed(Claims(c =>
        {
            c["token_use"] = "access";
            c.Remove("aud");
            c["client_id"] = LocalAccount.AppClientId;
            c["scope"] = "aws.cognito.signin.user.admin";
        })));

    [Fact]
    public void MissingTokenUse_IsUnauthorized() => AssertUnauthorized(Signed(Claims(c => c.Remove("token_use"))));

    [Fact]
    public void TamperedPayload_IsUnauthorized() =>
        AssertUnauthorized(TestTokens.WithPayload(Good(), Claims(c => c["cognito:username"] = "mallory")));

    [Fact]
    public void TamperedSignature_IsUnauthorized()
    {
        var parts = Good().Split('.');
        var signature = Convert.FromBase64String(parts[2].Replace('-', '+').Replace('_', '/') + "==");
        signature[^1] ^= 1;

        AssertUnauthorized($"{parts[0]}.{parts[1]}.{TestTokens.Encode(signature)}");
    }

    [Fact]
    public void MissingExpiry_IsUnauthorized() => AssertUnauthorized(Signed(Claims(c => c.Remove("exp"))));

    [Fact]
    public void ExpiryAsText_IsUnauthorized() => AssertUnauthorized(Signed(Claims(c => c["exp"] = "4102444800")));

    [Fact]
    public void NotBeforeInTheFuture_IsUnauthorized() =>
        AssertUnauthorized(Signed(Claims(c => c["nbf"] = Now.AddMinutes(5).ToUnixTimeSeconds())));

    [Fact]
    public void IssuedInTheFuture_IsUnauthorized() =>
        AssertUnauthorized(Signed(Claims(c => c["iat"] = Now.AddMinutes(5).ToUnixTimeSeconds())));

    [Fact]
    public void DuplicateClaim_IsUnauthorized()
    {
        var payload = Claims().ToJsonString().TrimEnd('}') + ",\"cognito:username\":\"mallory\"}";

        AssertUnauthorized(TestTokens.SignRs256(TestTokens.Header(KeyId).ToJsonString(), payload, keys.Key.Rsa));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("a.b")]
    [InlineData("a.b.c.d")]
    [InlineData("..")]
    [InlineData("e30.e30.")]
    [InlineData("e30.e30.e30")]
    [InlineData("W10.e30.e30")]
    [InlineData("e30=.e30.e30")]
    [InlineData("e3 0.e30.e30")]
    [InlineData("e30.e30+.e30")]
    [InlineData("bm90IGpzb24.e30.e30")]
    public void MalformedToken_IsUnauthorized(string token) => AssertUnauthorized(token);

    [Fact]
    public void TokenWithExtraSegment_IsUnauthorized() => AssertUnauthorized(Good() + ".e30");

    [Fact]
    public void PaddedSegments_AreUnauthorized()
    {
        var parts = Good().Split('.');

        AssertUnauthorized($"{parts[0]}==.{parts[1]}.{parts[2]}");
    }

    private string Good() => Signed(Claims());

    private string Signed(JsonObject claims) => TestTokens.SignRs256(TestTokens.Header(KeyId), claims, keys.Key.Rsa);

    private static JsonObject Claims(Action<JsonObject>? change = null)
    {
        var claims = TestTokens.IdClaims(Issuer, Now);
        change?.Invoke(claims);
        return claims;
    }

    private void AssertUnauthorized(string? header)
    {
        var verdict = verifier.Verify(header, Issuer);

        Assert.Same(GatewayResponses.Unauthorized, verdict.Rejection);
        Assert.Null(verdict.Claims);
    }
}

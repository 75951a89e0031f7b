using System.Text.Json;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Annotations.Tests.Authorization;

/// <summary>Where a request's caller comes from (the authorizer's context, nothing else) and which identities are usable.</summary>
[Trait("Category", "Unit")]
public sealed class CallerIdentityTests
{
    private const string LocalUserArn = "arn:aws:iam::123456789012:user/local";

    [Fact]
    public void CognitoClaims_AreTheUsername()
    {
        var caller = CallerIdentity.Read(WithClaims("""{"cognito:username":"alice","sub":"7d8e1c1a-0000-4000-8000-000000000001"}"""))!;

        Assert.Equal((AuthorizationMode.Cognito, "alice"), (caller.Mode, caller.Id));
    }

    [Fact]
    public void CognitoClaimsWithoutUsername_AreTheSub() =>
        Assert.Equal("7d8e1c1a-0000-4000-8000-000000000001", CallerIdentity.Read(WithClaims("""{"sub":"7d8e1c1a-0000-4000-8000-000000000001","username":"alice"}"""))!.Id);

    [Fact]
    public void UnusableUsername_DoesNotFallBackToTheSub() =>
        Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims("""{"cognito:username":"","sub":"7d8e"}""")));

    [Fact]
    public void ClaimsWithNeitherUsernameNorSub_AreUnusable() =>
        Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims("""{"email":"alice@example.com"}""")));

    [Fact]
    public void NonStringUsername_IsUnusable() =>
        Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims("""{"cognito:username":42}""")));

    [Fact]
    public void ClaimsThatAreNoObject_AreUnusable() =>
        Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims("\"alice\"")));

    [Fact]
    public void IamIdentity_IsTheUserArn()
    {
        var caller = CallerIdentity.Read(WithIdentity(new RequestIdentity { User = "AIDAEXAMPLE", Caller = "AIDAEXAMPLE", UserArn = LocalUserArn }))!;

        Assert.Equal((AuthorizationMode.Iam, LocalUserArn), (caller.Mode, caller.Id));
    }

    [Fact]
    public void IamUserWithoutArn_IsNoCaller() =>
        Assert.Null(CallerIdentity.Read(WithIdentity(new RequestIdentity { User = "AIDAEXAMPLE", Caller = "AIDAEXAMPLE" })));

    [Fact]
    public void EmptyUserArn_IsUnusable() =>
        Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithIdentity(new RequestIdentity { UserArn = string.Empty })));

    [Fact]
    public void NoAuthorizer_IsNoCaller() =>
        Assert.Null(CallerIdentity.Read(new APIGatewayProxyRequest
        {
            Headers = new Dictionary<string, string> { ["X-Caller"] = "mallory", ["Authorization"] = "mallory" },
            Body = """{"createdBy":"mallory"}""",
            RequestContext = new ProxyRequestContext { Identity = new RequestIdentity { SourceIp = "127.0.0.1", ApiKeyId = "key-1" } },
        }));

    [Fact]
    public void NoRequestContext_IsNoCaller() => Assert.Null(CallerIdentity.Read(new APIGatewayProxyRequest()));

    [Fact]
    public void NullClaims_AreNoCaller() => Assert.Null(CallerIdentity.Read(WithClaims("null")));

    [Fact]
    public void AuthorizerWithoutClaims_IsNoCaller() =>
        Assert.Null(CallerIdentity.Read(new APIGatewayProxyRequest
        {
            RequestContext = new ProxyRequestContext { Authorizer = new Dictionary<string, JsonElement> { ["principalId"] = Json("\"mallory\"") } },
        }));

    [Fact]
    public void ClaimsAndUserArn_AreTheClaims() =>
        Assert.Equal(AuthorizationMode.Cognito, CallerIdentity.Read(WithClaims("""{"cognito:username":"alice"}""", LocalUserArn))!.Mode);

    [Fact]
    public void LongestUsableId_IsKept()
    {
        var id = new string('a', Caller.MaxLength);

        Assert.Equal(id, CallerIdentity.Read(WithIdentity(new RequestIdentity { UserArn = id }))!.Id);
    }

    [Fact]
    public void OverlongId_IsUnusableAndTheMessageHoldsNoValue()
    {
        var id = new string('a', Caller.MaxLength + 1);

        var failure = Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims($$"""{"cognito:username":"{{id}}"}""")));

        Assert.Contains("1025 characters", failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("aaaa", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ali\\nce")]
    [InlineData("alice\\r\\nX-Admin: true")]
    [InlineData("ali\\u0000ce")]
    [InlineData("ali\\u007fce")]
    [InlineData("ali\\u009bce")]
    [InlineData("ali ce")]
    [InlineData("alice\\u2028")]
    [InlineData("ali\\u200bce")]
    [InlineData("ali\\ud800ce")]
    [InlineData("alice\\udc00")]
    public void IdWithWhiteSpaceControlOrLoneSurrogate_IsUnusableAndTheMessageHoldsNoValue(string escaped)
    {
        var failure = Assert.Throws<UnusableCallerException>(() => CallerIdentity.Read(WithClaims($$"""{"cognito:username":"{{escaped}}"}""")));

        Assert.DoesNotContain("ali", failure.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("alice")]
    [InlineData("Zoë.Müller+events@example.com")]
    [InlineData("arn:aws:sts::123456789012:assumed-role/Editors/alice")]
    [InlineData("\\ud83d\\ude00-emoji")]
    [InlineData("名前")]
    public void LettersMarksNumbersPunctuationAndSymbols_AreUsable(string escaped) =>
        Assert.NotNull(CallerIdentity.Read(WithClaims($$"""{"cognito:username":"{{escaped}}"}""")));

    private static APIGatewayProxyRequest WithClaims(string claimsJson, string? userArn = null) => new()
    {
        RequestContext = new ProxyRequestContext
        {
            Authorizer = new Dictionary<string, JsonElement> { [CallerIdentity.ClaimsKey] = Json(claimsJson) },
            Identity = new RequestIdentity { UserArn = userArn },
        },
    };

    private static APIGatewayProxyRequest WithIdentity(RequestIdentity identity) =>
        new() { RequestContext = new ProxyRequestContext { Identity = identity } };

    private static JsonElement Json(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}

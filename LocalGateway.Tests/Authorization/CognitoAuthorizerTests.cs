using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>
/// The Cognito user pool authorizer through a running gateway: a good token reaches the function with its claims, every
/// bad one gets API Gateway's exact 401 and never reaches it; reads and the preflight need no token.
/// </summary>
[Collection(CognitoGatewayCollectionDefinition.Name)]
public sealed class CognitoAuthorizerTests(CognitoGatewayFixture gateway)
{
    private const string UnauthorizedBody = """{"message":"Unauthorized"}""";

    private readonly HttpClient client = gateway.Client;

    [Fact]
    public async Task GoodToken_ReachesTheFunctionWithTheClaimsAsStrings()
    {
        var token = gateway.Mint("alice", ["admins", "editors"], DateTimeOffset.UtcNow.AddSeconds(-5), TimeSpan.FromHours(1));
        var invocations = gateway.Invocations;

        using var response = await PostAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(invocations + 1, gateway.Invocations);
        var claims = (await ProxyEventAsync(response)).GetProperty("requestContext").GetProperty("authorizer").GetProperty("claims");
        Assert.Equal("alice", claims.GetProperty("cognito:username").GetString());
        Assert.Equal("admins,editors", claims.GetProperty("cognito:groups").GetString());
        Assert.Equal("id", claims.GetProperty("token_use").GetString());
        Assert.Equal("true", claims.GetProperty("email_verified").GetString());
        Assert.Matches(@"^\w{3} \w{3} \d{2} \d{2}:\d{2}:\d{2} UTC \d{4}$", claims.GetProperty("exp").GetString());
    }

    [Fact]
    public async Task BearerToken_ReachesTheFunction()
    {
        var token = gateway.Mint("alice", [], DateTimeOffset.UtcNow.AddSeconds(-5), TimeSpan.FromHours(1));

        using var response = await PostAsync("Bearer " + token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task NoAuthorizationHeader_IsUnauthorizedAndNeverInvokes() => await AssertRejectedAsync(null, UnauthorizedBody);

    [Fact]
    public async Task ExpiredToken_IsTheIncomingTokenHasExpiredAndNeverInvokes()
    {
        var token = gateway.Mint("alice", [], DateTimeOffset.UtcNow.AddHours(-2), TimeSpan.FromHours(1));

        await AssertRejectedAsync(token, """{"message":"The incoming token has expired"}""");
    }

    [Fact]
    public async Task TokenOfAnotherKey_IsUnauthorizedAndNeverInvokes()
    {
        using var other = RSA.Create(2048);
        var kid = HeaderOf(Good()).GetProperty("kid").GetString()!;

        await AssertRejectedAsync(TestTokens.SignRs256(TestTokens.Header(kid), Claims(), other), UnauthorizedBody);
    }

    [Fact]
    public async Task AlgNoneToken_IsUnauthorizedAndNeverInvokes()
    {
        var good = Good().Split('.');
        var header = TestTokens.Encode("""{"alg":"none","kid":"x"}""");

        await AssertRejectedAsync($"{header}.{good[1]}.", UnauthorizedBody);
    }

    [Fact]
    public async Task Hs256TokenKeyedWithThePublishedKey_IsUnauthorizedAndNeverInvokes()
    {
        var jwks = await client.GetStringAsync("/us-east-1_LocalPool/.well-known/jwks.json");
        var kid = HeaderOf(Good()).GetProperty("kid").GetString()!;

        await AssertRejectedAsync(TestTokens.SignHs256(TestTokens.Header(kid, "HS256"), Claims(), Encoding.UTF8.GetBytes(jwks)), UnauthorizedBody);
    }

    [Fact]
    public async Task TokenForAnotherAppClient_IsUnauthorizedAndNeverInvokes() =>
        await AssertRejectedAsync(Resigned(c => c["aud"] = "another-app-client"), UnauthorizedBody);

    [Fact]
    public async Task TokenOfAnotherIssuer_IsUnauthorizedAndNeverInvokes() =>
        await AssertRejectedAsync(Resigned(c => c["iss"] = "https://cognito-idp.us-east-1.amazonaws.com/us-east-1_LocalPool"), UnauthorizedBody);

    [Fact]
    public async Task AccessToken_IsUnauthorizedAndNeverInvokes() =>
        await AssertRejectedAsync(Resigned(c => c["token_use"] = "access"), UnauthorizedBody);

    [Fact]
    public async Task TamperedPayload_IsUnauthorizedAndNeverInvokes()
    {
        var claims = TestTokens.IdClaims(gateway.Issuer, DateTimeOffset.UtcNow);
        claims["cognito:username"] = "mallory";

        await AssertRejectedAsync(TestTokens.WithPayload(Good(), claims), UnauthorizedBody);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("Bearer")]
    public async Task MalformedToken_IsUnauthorizedAndNeverInvokes(string header) => await AssertRejectedAsync(header, UnauthorizedBody);

    [Fact]
    public async Task Read_NeedsNoToken()
    {
        using var response = await client.GetAsync("/echo/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(JsonValueKind.Null, (await ProxyEventAsync(response)).GetProperty("requestContext").GetProperty("authorizer").ValueKind);
    }

    [Fact]
    public async Task Preflight_NeedsNoToken()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/echo/1");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Jwks_ServesTheKeyThatVerifiesAMintedToken()
    {
        var token = Good();
        var parts = token.Split('.');

        var key = (await client.GetFromJsonAsync<JsonElement>("/us-east-1_LocalPool/.well-known/jwks.json")).GetProperty("keys")[0];

        Assert.Equal(HeaderOf(token).GetProperty("kid").GetString(), key.GetProperty("kid").GetString());
        Assert.Equal("RS256", key.GetProperty("alg").GetString());
        using var rsa = RSA.Create(new RSAParameters
        {
            Modulus = Base64UrlBytes(key.GetProperty("n").GetString()!),
            Exponent = Base64UrlBytes(key.GetProperty("e").GetString()!),
        });
        Assert.True(rsa.VerifyData(
            Encoding.ASCII.GetBytes($"{parts[0]}.{parts[1]}"), Base64UrlBytes(parts[2]), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public async Task TokenCommandOutput_IsAccepted()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList =
            {
                typeof(LocalGateway.Hosting.LocalGatewayServer).Assembly.Location, "token", "--user", "carol", "--groups", "admins",
                "--port", gateway.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
        var result = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
        Assert.True(result.ExitCode == 0, result.ToString());

        using var response = await PostAsync(result.Stdout.Trim());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var claims = (await ProxyEventAsync(response)).GetProperty("requestContext").GetProperty("authorizer").GetProperty("claims");
        Assert.Equal("carol", claims.GetProperty("cognito:username").GetString());
    }

    [Fact]
    public void Banner_NamesTheGuardedMethodsTheKeysAndTheTokenCommand()
    {
        using var output = new StringWriter();

        LocalGateway.Hosting.GatewayBanner.Write(output, gateway.Gateway);

        var port = gateway.BaseAddress.Port;
        Assert.Contains("  Auth:       cognito on POST (reads open; the CORS preflight is always open)\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"http://127.0.0.1:{port}/us-east-1_LocalPool/.well-known/jwks.json", output.ToString(), StringComparison.Ordinal);
        Assert.Contains($"token --user alice --port {port}", output.ToString(), StringComparison.Ordinal);
    }

    private string Good() => gateway.Mint("alice", ["admins"], DateTimeOffset.UtcNow.AddSeconds(-5), TimeSpan.FromHours(1));

    private JsonObject Claims() => TestTokens.IdClaims(gateway.Issuer, DateTimeOffset.UtcNow.AddSeconds(-5));

    /// <summary>A token with changed claims, re-signed with a key of the test's own under the gateway key's kid.</summary>
    private string Resigned(Action<JsonObject> change)
    {
        var claims = Claims();
        change(claims);
        using var other = RSA.Create(2048);
        return TestTokens.SignRs256(HeaderOf(Good()).Deserialize<JsonObject>()!, claims, other);
    }

    private async Task AssertRejectedAsync(string? authorization, string body)
    {
        var invocations = gateway.Invocations;

        using var response = await PostAsync(authorization);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(body, await response.Content.ReadAsStringAsync());
        Assert.Equal("UnauthorizedException", string.Join(',', response.Headers.GetValues("x-amzn-ErrorType")));
        Assert.False(response.Headers.Contains("X-Single"));
        Assert.Equal(invocations, gateway.Invocations);
    }

    private async Task<HttpResponseMessage> PostAsync(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/echo/1") { Content = TestEvents.Json("{\"a\":1}") };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        return await client.SendAsync(request);
    }

    private static async Task<JsonElement> ProxyEventAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    private static JsonElement HeaderOf(string token) => JsonDocument.Parse(Base64UrlBytes(token.Split('.')[0])).RootElement.Clone();

    private static byte[] Base64UrlBytes(string text)
    {
        var base64 = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '='));
    }
}

using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>With <c>--auth-reads</c> the reads need a token too; the CORS preflight still does not.</summary>
public sealed class AuthReadsTests(CognitoAuthReadsGatewayFixture gateway) : IClassFixture<CognitoAuthReadsGatewayFixture>
{
    private readonly HttpClient client = gateway.Client;

    [Fact]
    public async Task ReadWithoutToken_IsUnauthorized()
    {
        using var response = await client.GetAsync("/echo/1");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("""{"message":"Unauthorized"}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ReadWithToken_Passes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo/1");
        request.Headers.TryAddWithoutValidation(
            "Authorization", gateway.Mint("alice", [], DateTimeOffset.UtcNow.AddSeconds(-5), TimeSpan.FromMinutes(5)));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task PreflightWithoutToken_Passes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/echo/1");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "GET");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }
}

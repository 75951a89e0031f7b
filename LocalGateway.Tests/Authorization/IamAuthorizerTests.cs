using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>
/// The AWS_IAM check through a running gateway: a request the tests' own signer (or curl) signs with the local
/// credentials reaches the function as the local IAM user; every bad signature gets API Gateway's exact 403 and never
/// reaches it; reads and the preflight need no signature.
/// </summary>
[Collection(IamGatewayCollectionDefinition.Name)]
public sealed class IamAuthorizerTests(IamGatewayFixture gateway)
{
    private static readonly TestSigV4Signer.Credentials Local = new(LocalAccount.AccessKeyId, LocalAccount.SecretAccessKey);

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"a\":1}");

    private readonly HttpClient client = gateway.Client;

    [Fact]
    public async Task SignedRequest_ReachesTheFunctionAsTheLocalIamUser()
    {
        var invocations = gateway.Invocations;

        using var response = await client.SendAsync(Signed(Local));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(invocations + 1, gateway.Invocations);
        var identity = (await ProxyEventAsync(response)).GetProperty("requestContext").GetProperty("identity");
        Assert.Equal("local", identity.GetProperty("accessKey").GetString());
        Assert.Equal("123456789012", identity.GetProperty("accountId").GetString());
        Assert.Equal(LocalAccount.UserId, identity.GetProperty("caller").GetString());
        Assert.Equal(LocalAccount.UserId, identity.GetProperty("user").GetString());
        Assert.Equal("arn:aws:iam::123456789012:user/local", identity.GetProperty("userArn").GetString());
    }

    [CurlFact]
    public async Task CurlAwsSigV4_ReachesTheFunction()
    {
        var start = new ProcessStartInfo(CurlFactAttribute.CurlPath)
        {
            ArgumentList =
            {
                "--silent", "--show-error", "--noproxy", "*", "--max-time", "30", "--write-out", "\n%{http_code}",
                "--aws-sigv4", "aws:amz:us-east-1:execute-api", "--user", "local:local",
                "-X", "POST", "-H", "Content-Type: application/json", "--data", "{\"a\":1}",
                new Uri(gateway.BaseAddress, "/echo/1?b=2").ToString(),
            },
        };

        var result = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0 && result.Stdout.EndsWith("\n200", StringComparison.Ordinal), result.ToString());
    }

    [Fact]
    public async Task Unsigned_IsMissingAuthenticationTokenAndNeverInvokes()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/echo/1") { Content = Content() };

        await AssertRejectedAsync(request, """{"message":"Missing Authentication Token"}""", "MissingAuthenticationTokenException");
    }

    [Fact]
    public async Task WrongSecret_IsSignatureMismatchAndNeverInvokes()
    {
        var body = await AssertRejectedAsync(Signed(Local with { SecretAccessKey = "wrong" }), null, "InvalidSignatureException");

        Assert.StartsWith(
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method.",
            body.GetProperty("message").GetString());
        Assert.Contains($"\nhost:127.0.0.1:{gateway.BaseAddress.Port}\n", body.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownAccessKey_IsInvalidSecurityTokenAndNeverInvokes() =>
        await AssertRejectedAsync(
            Signed(Local with { AccessKeyId = "AKIAIOSFODNN7EXAMPLE" }),
            """{"message":"The security token included in the request is invalid."}""",
            "UnrecognizedClientException");

    [Fact]
    public async Task StaleDate_IsSignatureExpiredAndNeverInvokes()
    {
        var signedAt = DateTimeOffset.UtcNow.AddMinutes(-20);

        var body = await AssertRejectedAsync(Signed(Local, at: signedAt), null, "InvalidSignatureException");

        Assert.Matches(
            $@"^Signature expired: {Amz(signedAt)} is now earlier than \d{{8}}T\d{{6}}Z \(\d{{8}}T\d{{6}}Z - 5 min\.\)$",
            body.GetProperty("message").GetString());
    }

    [Fact]
    public async Task TamperedBody_IsSignatureMismatchAndNeverInvokes()
    {
        var request = Signed(Local);
        request.Content = Content("{\"a\":2}");

        await AssertMismatchAsync(request);
    }

    [Fact]
    public async Task TamperedPath_IsSignatureMismatchAndNeverInvokes()
    {
        var request = Signed(Local);
        request.RequestUri = new Uri("/echo/2", UriKind.Relative);

        await AssertMismatchAsync(request);
    }

    [Fact]
    public async Task Read_NeedsNoSignature()
    {
        using var response = await client.GetAsync("/echo/1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Preflight_NeedsNoSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/echo/1");
        request.Headers.Add("Origin", "https://app.example");
        request.Headers.Add("Access-Control-Request-Method", "POST");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public void Banner_NamesTheGuardedMethodsAndTheCredentials()
    {
        using var output = new StringWriter();

        GatewayBanner.Write(output, gateway.Gateway);

        Assert.Contains("  Auth:       iam on POST (reads open; the CORS preflight is always open)\n", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("curl --aws-sigv4 \"aws:amz:us-east-1:execute-api\" --user local:local", output.ToString(), StringComparison.Ordinal);
    }

    private async Task AssertMismatchAsync(HttpRequestMessage request)
    {
        var body = await AssertRejectedAsync(request, null, "InvalidSignatureException");

        Assert.StartsWith("The request signature we calculated does not match", body.GetProperty("message").GetString());
    }

    /// <summary>Sends the request and checks API Gateway's 403: this body (when given) and error type, and no invocation.</summary>
    private async Task<JsonElement> AssertRejectedAsync(HttpRequestMessage request, string? expectedBody, string errorType)
    {
        var invocations = gateway.Invocations;
        using (request)
        {
            using var response = await client.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            if (expectedBody is not null)
            {
                Assert.Equal(expectedBody, text);
            }

            Assert.Equal(errorType, string.Join(',', response.Headers.GetValues("x-amzn-ErrorType")));
            Assert.Equal(invocations, gateway.Invocations);
            return JsonDocument.Parse(text).RootElement.Clone();
        }
    }

    /// <summary>A <c>POST /echo/1</c> with a JSON body, signed for the gateway's host.</summary>
    private HttpRequestMessage Signed(TestSigV4Signer.Credentials credentials, DateTimeOffset? at = null)
    {
        var amzDate = Amz(at ?? DateTimeOffset.UtcNow);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = "application/json",
            ["host"] = $"127.0.0.1:{gateway.BaseAddress.Port}",
            ["x-amz-date"] = amzDate,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/echo/1") { Content = Content() };
        request.Headers.Add("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation(
            "Authorization", TestSigV4Signer.Authorization(credentials, "POST", "/echo/1", string.Empty, headers, Body, amzDate));
        return request;
    }

    private static ByteArrayContent Content(string text = "{\"a\":1}")
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string Amz(DateTimeOffset time) => time.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    private static async Task<JsonElement> ProxyEventAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}

using System.Security.Cryptography;
using System.Text;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.RestApi;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>The AWS_IAM check's decisions on a fixed clock, for requests the tests' own signer signs.</summary>
[Trait("Category", "Unit")]
public sealed class SigV4VerifierTests
{
    private const string Host = "127.0.0.1:5080";

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    private static readonly TestSigV4Signer.Credentials Local = new(LocalAccount.AccessKeyId, LocalAccount.SecretAccessKey);

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("{\"capacity\":600}");

    private readonly SigV4Verifier verifier = new(new FixedClock(Now));

    [Fact]
    public void SignedRequest_PassesAsTheLocalIamUser()
    {
        var verdict = verifier.Verify(Signed());

        Assert.Null(verdict.Rejection);
        Assert.Equal(new IamCaller("local", "123456789012", LocalAccount.UserId, "arn:aws:iam::123456789012:user/local"), verdict.Caller);
    }

    [Fact]
    public void SignedRequestWithSortedQuery_Passes() =>
        Assert.Null(verifier.Verify(Signed(query: "limit=2&status=active", canonicalQuery: "limit=2&status=active")).Rejection);

    [Fact]
    public void QuerySentUnsorted_IsSignedSorted() =>
        Assert.Null(verifier.Verify(Signed(query: "status=active&limit=2", canonicalQuery: "limit=2&status=active")).Rejection);

    [Fact]
    public void QueryEncodedValue_IsSignedDecodedAndReencoded() =>
        Assert.Null(verifier.Verify(Signed(query: "q=a+b%2Fc", canonicalQuery: "q=a%2Bb%2Fc")).Rejection);

    [Fact]
    public void EncodedPath_IsSignedEncodedTwice() =>
        Assert.Null(verifier.Verify(Signed(path: "/events/a%20b", canonicalPath: "/events/a%2520b")).Rejection);

    [Fact]
    public void RequestFourMinutesOld_Passes() => Assert.Null(verifier.Verify(Signed(at: Now.AddMinutes(-4))).Rejection);

    [Fact]
    public void NoAuthorizationHeader_IsMissingAuthenticationToken()
    {
        var request = Signed();
        request.Headers.Remove("Authorization");

        Assert.Same(GatewayResponses.MissingAuthenticationToken, verifier.Verify(request).Rejection);
    }

    [Fact]
    public void BearerToken_IsIncompleteSignatureNamingEveryMissingPart()
    {
        var request = Signed();
        request.Headers.Authorization = "Bearer eyJ0";
        request.Headers.Remove("X-Amz-Date");

        var rejection = verifier.Verify(request).Rejection;

        Assert.Equal(new GatewayAnswer(
            403,
            "Authorization header requires 'Credential' parameter. Authorization header requires 'Signature' parameter. "
                + "Authorization header requires 'SignedHeaders' parameter. Authorization header requires existence of either a "
                + "'X-Amz-Date' or a 'Date' header. Authorization=Bearer eyJ0",
            "IncompleteSignatureException"), rejection);
    }

    [Fact]
    public void NoAmzDate_IsIncompleteSignature()
    {
        var request = Signed();
        request.Headers.Remove("X-Amz-Date");

        var rejection = verifier.Verify(request).Rejection!;

        Assert.Equal("IncompleteSignatureException", rejection.ErrorType);
        Assert.StartsWith("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header. Authorization=AWS4-HMAC-SHA256 ", rejection.Message);
    }

    [Fact]
    public void WrongSecret_IsSignatureMismatchWithTheCanonicalStringAndStringToSign()
    {
        var canonical = "PUT\n/events/evt-1\n\ncontent-type:application/json\nhost:127.0.0.1:5080\nx-amz-date:20261201T120000Z\n\n"
            + "content-type;host;x-amz-date\n" + Convert.ToHexStringLower(SHA256.HashData(Body));
        var stringToSign = "AWS4-HMAC-SHA256\n20261201T120000Z\n20261201/us-east-1/execute-api/aws4_request\n"
            + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));

        var rejection = verifier.Verify(Signed(credentials: Local with { SecretAccessKey = "not-the-secret" })).Rejection;

        Assert.Equal(new GatewayAnswer(
            403,
            "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and "
                + "signing method. Consult the service documentation for details.\n\n"
                + $"The Canonical String for this request should have been\n'{canonical}'\n\n"
                + $"The String-to-Sign should have been\n'{stringToSign}'\n",
            "InvalidSignatureException"), rejection);
    }

    [Fact]
    public void UnknownAccessKey_IsInvalidSecurityToken() =>
        Assert.Same(GatewayResponses.InvalidSecurityToken, verifier.Verify(Signed(credentials: Local with { AccessKeyId = "AKIAIOSFODNN7EXAMPLE" })).Rejection);

    [Fact]
    public void SessionTokenTheUserDoesNotHave_IsInvalidSecurityToken()
    {
        var request = Signed(extraHeaders: new() { ["x-amz-security-token"] = "FwoGZXIvYXdzEXAMPLE" });

        Assert.Same(GatewayResponses.InvalidSecurityToken, verifier.Verify(request).Rejection);
    }

    [Fact]
    public void RequestSixMinutesOld_IsSignatureExpired()
    {
        var rejection = verifier.Verify(Signed(at: Now.AddMinutes(-6))).Rejection;

        Assert.Equal(new GatewayAnswer(
            403, "Signature expired: 20261201T115400Z is now earlier than 20261201T115500Z (20261201T120000Z - 5 min.)", "InvalidSignatureException"),
            rejection);
    }

    [Fact]
    public void RequestSixMinutesAhead_IsSignatureNotYetCurrent()
    {
        var rejection = verifier.Verify(Signed(at: Now.AddMinutes(6))).Rejection;

        Assert.Equal(new GatewayAnswer(
            403, "Signature not yet current: 20261201T120600Z is still later than 20261201T120500Z (20261201T120000Z + 5 min.)", "InvalidSignatureException"),
            rejection);
    }

    [Fact]
    public void TamperedBody_IsSignatureMismatch()
    {
        var request = Signed() with { Body = Encoding.UTF8.GetBytes("{\"capacity\":1}") };

        AssertMismatch(request);
    }

    [Fact]
    public void TamperedPath_IsSignatureMismatch() => AssertMismatch(Signed() with { Path = "/events/evt-2" });

    [Fact]
    public void TamperedQuery_IsSignatureMismatch() => AssertMismatch(Signed() with { Query = "limit=1000" });

    [Fact]
    public void TamperedMethod_IsSignatureMismatch() => AssertMismatch(Signed() with { Method = "DELETE" });

    [Fact]
    public void TamperedSignedHeader_IsSignatureMismatch()
    {
        var request = Signed();
        request.Headers.ContentType = "text/plain";

        AssertMismatch(request);
    }

    [Fact]
    public void OtherService_IsRejected()
    {
        var rejection = verifier.Verify(Signed(credentials: Local with { Service = "lambda" })).Rejection;

        Assert.Equal(new GatewayAnswer(403, "Credential should be scoped to correct service: 'execute-api'. ", "InvalidSignatureException"), rejection);
    }

    [Fact]
    public void OtherRegion_IsRejected()
    {
        var rejection = verifier.Verify(Signed(credentials: Local with { Region = "eu-west-1" })).Rejection;

        Assert.Equal(new GatewayAnswer(403, "Credential should be scoped to a valid region, not 'eu-west-1'. ", "InvalidSignatureException"), rejection);
    }

    [Fact]
    public void HostNotSigned_IsRejected()
    {
        var request = Signed(signHost: false);

        Assert.Equal(
            new GatewayAnswer(403, "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.", "InvalidSignatureException"),
            verifier.Verify(request).Rejection);
    }

    [Fact]
    public void CredentialDateOtherThanRequestDate_IsRejected()
    {
        var request = Signed();
        request.Headers["X-Amz-Date"] = "20261201T115959Z";
        request.Headers.Authorization = request.Headers.Authorization.ToString().Replace("/20261201/", "/20261130/", StringComparison.Ordinal);

        Assert.Equal(
            "Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '20261130' != '20261201', from '20261201T115959Z'.",
            verifier.Verify(request).Rejection!.Message);
    }

    [Fact]
    public void DateHeaderInsteadOfAmzDate_IsTheRequestTime()
    {
        var headers = new Dictionary<string, string>(StringComparer.Ordinal) { ["date"] = "Tue, 01 Dec 2026 12:00:00 GMT", ["host"] = Host };
        IHeaderDictionary sent = new HeaderDictionary { ["Host"] = Host, ["Date"] = headers["date"] };
        sent.Authorization = TestSigV4Signer.Authorization(Local, "GET", "/events", string.Empty, headers, [], "20261201T120000Z");

        Assert.Null(verifier.Verify(new SigV4Request("GET", "/events", string.Empty, sent, [])).Rejection);
    }

    [Fact]
    public void UnreadableAmzDate_IsIncompleteSignature()
    {
        var request = Signed();
        request.Headers["X-Amz-Date"] = "2026-12-01T12:00:00Z";

        Assert.Equal("IncompleteSignatureException", verifier.Verify(request).Rejection!.ErrorType);
    }

    private void AssertMismatch(SigV4Request request)
    {
        var rejection = verifier.Verify(request).Rejection!;

        Assert.Equal("InvalidSignatureException", rejection.ErrorType);
        Assert.StartsWith("The request signature we calculated does not match the signature you provided.", rejection.Message);
    }

    /// <summary>A <c>PUT /events/evt-1</c> with a JSON body, signed by the tests' signer.</summary>
    private static SigV4Request Signed(
        TestSigV4Signer.Credentials? credentials = null, string path = "/events/evt-1", string? canonicalPath = null,
        string query = "", string canonicalQuery = "", DateTimeOffset? at = null, Dictionary<string, string>? extraHeaders = null,
        bool signHost = true)
    {
        var amzDate = (at ?? Now).UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", System.Globalization.CultureInfo.InvariantCulture);
        var signed = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = "application/json",
            ["x-amz-date"] = amzDate,
        };
        if (signHost)
        {
            signed["host"] = Host;
        }

        foreach (var (name, value) in extraHeaders ?? [])
        {
            signed[name] = value;
        }

        IHeaderDictionary headers = new HeaderDictionary { ["Host"] = Host };
        foreach (var (name, value) in signed)
        {
            headers[name] = value;
        }

        headers.Authorization = TestSigV4Signer.Authorization(
            credentials ?? Local, "PUT", canonicalPath ?? path, canonicalQuery, signed, Body, amzDate);
        return new SigV4Request("PUT", path, query, headers, Body);
    }
}

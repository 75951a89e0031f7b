using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// Checks a request as an <c>AWS_IAM</c> method does (AWS Signature Version 4, service <c>execute-api</c>, the local
/// region) against the local IAM user's credentials, and answers as API Gateway does: no <c>Authorization</c> header is
/// "Missing Authentication Token"; one that is not a complete SigV4 header is an IncompleteSignatureException naming what
/// it lacks; an unknown access key or a session token the user does not have is "The security token included in the
/// request is invalid."; a request time more than 5 minutes off (API Gateway's window) is "Signature expired" or "Signature
/// not yet current"; a signature the secret key does not give is the mismatch answer with the canonical string and the
/// string to sign. All 403, and the function is never invoked.
/// </summary>
internal sealed class SigV4Verifier(TimeProvider time)
{
    public const string Service = "execute-api";

    /// <summary>How far the request time may be from the gateway's clock (what API Gateway's messages say: "- 5 min.").</summary>
    public static readonly TimeSpan ClockWindow = TimeSpan.FromMinutes(5);

    private const string Terminator = "aws4_request";

    public AuthorizerVerdict Verify(SigV4Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var authorization = request.Headers.Authorization.ToString();
        if (authorization.Length == 0)
        {
            return AuthorizerVerdict.Reject(GatewayResponses.MissingAuthenticationToken);
        }

        var amzDate = RequestTime(request.Headers);
        var parsed = SigV4AuthorizationHeader.TryParse(authorization, out var header, out var missing);
        if (amzDate.Length == 0)
        {
            missing.Add("Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.");
        }

        if (!parsed || missing.Count > 0)
        {
            return AuthorizerVerdict.Reject(GatewayResponses.IncompleteSignature($"{string.Join(' ', missing)} Authorization={authorization}"));
        }

        if (!SigV4Date.TryParse(amzDate, out var signedAt))
        {
            return AuthorizerVerdict.Reject(GatewayResponses.IncompleteSignature(
                $"Date must be in ISO-8601 'basic format'. Got '{amzDate}'. See http://en.wikipedia.org/wiki/ISO_8601"));
        }

        if (ScopeProblem(header!, amzDate) is { } problem)
        {
            return AuthorizerVerdict.Reject(GatewayResponses.InvalidSignature(problem));
        }

        var accessKey = header!.Credential.Split('/')[0];
        if (accessKey != LocalAccount.AccessKeyId || request.Headers.ContainsKey("X-Amz-Security-Token"))
        {
            return AuthorizerVerdict.Reject(GatewayResponses.InvalidSecurityToken);
        }

        var now = time.GetUtcNow();
        if (signedAt < now - ClockWindow)
        {
            return AuthorizerVerdict.Reject(GatewayResponses.SignatureExpired(signedAt, now, ClockWindow));
        }

        if (signedAt > now + ClockWindow)
        {
            return AuthorizerVerdict.Reject(GatewayResponses.SignatureNotYetCurrent(signedAt, now, ClockWindow));
        }

        var canonicalRequest = SigV4CanonicalRequest.Build(request, header.SignedHeaders);
        var scope = header.Credential[(accessKey.Length + 1)..];
        var stringToSign = SigV4CanonicalRequest.StringToSign(amzDate, scope, canonicalRequest);
        var expected = Encoding.ASCII.GetBytes(Sign(LocalAccount.SecretAccessKey, scope.Split('/')[0], stringToSign));
        if (!CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header.Signature)))
        {
            return AuthorizerVerdict.Reject(GatewayResponses.SignatureMismatch(canonicalRequest, stringToSign));
        }

        return AuthorizerVerdict.WithCaller(new IamCaller(accessKey, LocalAccount.AccountId, LocalAccount.UserId, LocalAccount.UserArn));
    }

    /// <summary>
    /// The request time as SigV4 signs it: <c>X-Amz-Date</c>, else the HTTP <c>Date</c> header in the same basic ISO 8601
    /// form (an unreadable <c>Date</c> is kept as it is, to be refused as such).
    /// </summary>
    private static string RequestTime(IHeaderDictionary headers)
    {
        var amzDate = headers["X-Amz-Date"].ToString();
        if (amzDate.Length > 0 || headers.Date.ToString() is not { Length: > 0 } date)
        {
            return amzDate;
        }

        return DateTimeOffset.TryParseExact(date, "r", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time)
            ? SigV4Date.Format(time)
            : date;
    }

    /// <summary>The signature: HMAC-SHA256 of the string to sign with the key derived from the secret, date, region and service.</summary>
    private static string Sign(string secret, string date, string stringToSign)
    {
        var key = Encoding.UTF8.GetBytes("AWS4" + secret);
        foreach (var part in new[] { date, LocalAccount.Region, Service, Terminator })
        {
            key = HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(part));
        }

        return SigV4CanonicalRequest.Hex(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(stringToSign)));
    }

    /// <summary>What is wrong with the credential scope or the signed headers, in the words AWS uses; <c>null</c> when nothing is.</summary>
    private static string? ScopeProblem(SigV4AuthorizationHeader header, string amzDate)
    {
        if (header.Credential.Split('/') is not [_, var date, var region, var service, var terminator])
        {
            return $"Credential should be scoped to a valid region. Credential={header.Credential}";
        }

        if (terminator != Terminator)
        {
            return $"Credential should be scoped with a valid terminator: '{Terminator}', not '{terminator}'.";
        }

        if (service != Service)
        {
            return $"Credential should be scoped to correct service: '{Service}'. ";
        }

        if (region != LocalAccount.Region)
        {
            return $"Credential should be scoped to a valid region, not '{region}'. ";
        }

        if (date != amzDate[..8])
        {
            return $"Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '{date}' != '{amzDate[..8]}', from '{amzDate}'.";
        }

        return header.SignedHeaders.Contains("host", StringComparer.Ordinal)
            ? null
            : "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.";
    }
}

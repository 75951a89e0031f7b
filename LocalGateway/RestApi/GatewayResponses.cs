using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Authorization;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>
/// The responses API Gateway itself gives, with its <c>{"message": ...}</c> bodies and <c>x-amzn-ErrorType</c> headers:
/// routing and integration failures, and the default gateway responses of a <c>COGNITO_USER_POOLS</c> and an
/// <c>AWS_IAM</c> method (UNAUTHORIZED, EXPIRED_TOKEN as the Cognito authorizer sends it, MISSING_AUTHENTICATION_TOKEN,
/// INVALID_SIGNATURE and the SigV4 errors API Gateway passes on from its signature check).
/// </summary>
internal static class GatewayResponses
{
    /// <summary>What a REST API answers for a path or method it does not have, and an AWS_IAM method for an unsigned request.</summary>
    public static readonly GatewayAnswer MissingAuthenticationToken =
        new(StatusCodes.Status403Forbidden, "Missing Authentication Token", "MissingAuthenticationTokenException");

    /// <summary>A Cognito authorizer's answer for a missing header or a token it does not accept (any reason but expiry).</summary>
    public static readonly GatewayAnswer Unauthorized =
        new(StatusCodes.Status401Unauthorized, "Unauthorized", "UnauthorizedException");

    /// <summary>A Cognito authorizer's answer for a token whose <c>exp</c> has passed (otherwise valid).</summary>
    public static readonly GatewayAnswer ExpiredToken =
        new(StatusCodes.Status401Unauthorized, "The incoming token has expired", "UnauthorizedException");

    /// <summary>An AWS_IAM method's answer for an access key (or session token) it does not know.</summary>
    public static readonly GatewayAnswer InvalidSecurityToken =
        new(StatusCodes.Status403Forbidden, "The security token included in the request is invalid.", "UnrecognizedClientException");

    /// <summary>An AWS_IAM method's answer for a signature that is not the one the secret key gives.</summary>
    public static GatewayAnswer SignatureMismatch(string canonicalRequest, string stringToSign) => new(
        StatusCodes.Status403Forbidden,
        "The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. "
            + "Consult the service documentation for details.\n\n"
            + $"The Canonical String for this request should have been\n'{canonicalRequest}'\n\n"
            + $"The String-to-Sign should have been\n'{stringToSign}'\n",
        "InvalidSignatureException");

    /// <summary>An AWS_IAM method's answer for a request signed more than <paramref name="window"/> before now.</summary>
    public static GatewayAnswer SignatureExpired(DateTimeOffset signedAt, DateTimeOffset now, TimeSpan window) => new(
        StatusCodes.Status403Forbidden,
        $"Signature expired: {SigV4Date.Format(signedAt)} is now earlier than {SigV4Date.Format(now - window)} ({SigV4Date.Format(now)} - {window.TotalMinutes:0} min.)",
        "InvalidSignatureException");

    /// <summary>An AWS_IAM method's answer for a request signed more than <paramref name="window"/> after now.</summary>
    public static GatewayAnswer SignatureNotYetCurrent(DateTimeOffset signedAt, DateTimeOffset now, TimeSpan window) => new(
        StatusCodes.Status403Forbidden,
        $"Signature not yet current: {SigV4Date.Format(signedAt)} is still later than {SigV4Date.Format(now + window)} ({SigV4Date.Format(now)} + {window.TotalMinutes:0} min.)",
        "InvalidSignatureException");

    /// <summary>An AWS_IAM method's answer for a SigV4 header it can read but not accept (credential scope, signed headers).</summary>
    public static GatewayAnswer InvalidSignature(string message) => new(StatusCodes.Status403Forbidden, message, "InvalidSignatureException");

    /// <summary>An AWS_IAM method's answer for an <c>Authorization</c> header that is not a complete SigV4 one.</summary>
    public static GatewayAnswer IncompleteSignature(string message) => new(StatusCodes.Status403Forbidden, message, "IncompleteSignatureException");

    /// <summary>What a REST API answers for a path or method it does not have.</summary>
    public static Task MissingAuthenticationTokenAsync(HttpContext context) => WriteAsync(context, MissingAuthenticationToken);

    /// <summary>A request body over the 10 MB payload limit.</summary>
    public static Task RequestTooLargeAsync(HttpContext context) =>
        WriteAsync(context, new(StatusCodes.Status413PayloadTooLarge, "Request Too Long", ErrorType: null));

    /// <summary>The function failed, timed out, crashed or returned something that is not a proxy response.</summary>
    public static Task BadGatewayAsync(HttpContext context) =>
        WriteAsync(context, new(StatusCodes.Status502BadGateway, "Internal server error", "InternalServerErrorException"));

    /// <summary>Lambda throttled the function: a proxy integration answers that with a 500, not the 429.</summary>
    public static Task LambdaThrottledAsync(HttpContext context) =>
        WriteAsync(context, new(StatusCodes.Status500InternalServerError, "Internal server error", "InternalServerErrorException"));

    /// <summary>The integration did not answer within API Gateway's 29 s.</summary>
    public static Task IntegrationTimeoutAsync(HttpContext context) =>
        WriteAsync(context, new(StatusCodes.Status504GatewayTimeout, "Endpoint request timed out", "IntegrationTimeout"));

    public static Task WriteAsync(HttpContext context, GatewayAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.ErrorType is not null)
        {
            context.Response.Headers["x-amzn-ErrorType"] = answer.ErrorType;
        }

        return JsonResponse.WriteAsync(context, answer.Status, new JsonObject { ["message"] = answer.Message });
    }
}

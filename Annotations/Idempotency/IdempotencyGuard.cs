using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Annotations.RuntimeApi;

namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// Runs an <see cref="IdempotentAttribute"/> function for a request that carries <c>Idempotency-Key</c>: claims the
/// key, runs the function once, remembers its response; a retry gets that response back. The order of the writes
/// makes every interleaving safe without transactions: the claim is a conditional put before the function writes
/// anything, and a claim outlives its invocation only until the invocation's own deadline.
/// </summary>
internal sealed class IdempotencyGuard(IIdempotencyStore store, TimeProvider clock, TimeSpan lockWithoutContext)
{
    /// <summary>
    /// The outcome for <paramref name="request"/> under the key in <paramref name="header"/>; <paramref name="run"/>
    /// runs the function and gives its response. Store failures propagate (the host maps them, e.g. to a 503).
    /// </summary>
    public async Task<(IHttpResult? Result, APIGatewayProxyResponse? Response)> RunAsync(
        RestApiFunctionInfo function,
        APIGatewayProxyRequest request,
        string header,
        Func<Task<APIGatewayProxyResponse>> run)
    {
        if (SentMoreThanOnce(request) || !IdempotencyKey.TryParse(header, out var key))
        {
            return (HttpResults.BadRequest(IdempotencyTexts.MalformedKey), null);
        }

        var recordId = RecordId(function, request, key);
        var fingerprint = RequestFingerprint.Compute(
            request.HttpMethod ?? string.Empty, request.Path ?? string.Empty, RequestValues.Header(request, HttpHeaderNames.IfMatch), request.Body);
        var lockedUntil = LockedUntil();
        var claim = await store.ClaimAsync(recordId, fingerprint, lockedUntil).ConfigureAwait(false);
        switch (claim)
        {
            case IdempotencyClaim.Completed completed:
                return (null, Replay(completed.Response));
            case IdempotencyClaim.InProgress inProgress:
                var seconds = Math.Max(1, (int)Math.Ceiling(inProgress.RetryAfter.TotalSeconds));
                return (HttpResults.Conflict(IdempotencyTexts.InProgress).AddHeader(HttpHeaderNames.RetryAfter, seconds.ToString(CultureInfo.InvariantCulture)), null);
            case IdempotencyClaim.Mismatch:
                return (HttpResults.ValidationProblem(
                    new Dictionary<string, string[]>(StringComparer.Ordinal) { [IdempotencyKey.HeaderName] = [IdempotencyTexts.MismatchMessage] },
                    IdempotencyTexts.Mismatch), null);
        }

        var previous = IdempotencyScope.Current;
        IdempotencyScope.Current = new IdempotencyScope(recordId, fingerprint);
        APIGatewayProxyResponse response;
        try
        {
            response = await run().ConfigureAwait(false);
        }
        finally
        {
            IdempotencyScope.Current = previous;
        }

        await FinishAsync(recordId, fingerprint, lockedUntil, response).ConfigureAwait(false);
        return (null, response);
    }

    /// <summary>
    /// What a retry must get again: a success, or a refusal that came from the stored state (404, 409, 412). A request
    /// refused for its own shape (400, 413, 415, 422) wrote nothing and can be corrected under the same key, as Stripe
    /// allows; a 5xx is a failure, not an outcome. Those release the key instead.
    /// </summary>
    private static bool IsOutcome(int status) => status < 400 || status is 404 or 409 or 412;

    /// <summary>
    /// Completes the record with the response, or releases it when the answer is not an outcome (the retry runs again).
    /// The function may have written by now, so a store failure here must not turn its answer into an error: the
    /// claim then holds until its lock passes, and a retry after that finds the write (a create, its event).
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1031", Justification = "The write happened; its answer stands.")]
    private async Task FinishAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, APIGatewayProxyResponse response)
    {
        try
        {
            if (!IsOutcome(response.StatusCode))
            {
                await store.ReleaseAsync(recordId, fingerprint, lockedUntil).ConfigureAwait(false);
            }
            else
            {
                await store.CompleteAsync(recordId, fingerprint, lockedUntil, Stored(response)).ConfigureAwait(false);
            }
        }
        catch (Exception)
        {
            // Deliberately swallowed; see the summary.
        }
    }

    /// <summary>
    /// The key on two header lines: API Gateway puts only the last value in <c>headers</c>, all of them in
    /// <c>multiValueHeaders</c> (one line with a comma is the other way to send two, which the rule refuses).
    /// </summary>
    private static bool SentMoreThanOnce(APIGatewayProxyRequest request)
    {
        foreach (var (name, values) in request.MultiValueHeaders ?? new Dictionary<string, IList<string>>())
        {
            if (string.Equals(name, IdempotencyKey.HeaderName, StringComparison.OrdinalIgnoreCase) && values is { Count: > 1 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Keys are per function and per caller: the authorizer's <see cref="Caller"/> when the method has an authorizer,
    /// else the API key's id when the stage requires one, so one caller's key can never replay another caller's or
    /// another route's response (nor tell them it was used). The caller appears as a hash, so the record's key stays
    /// well inside DynamoDB's 2048 bytes whatever the identity. An unusable caller throws here, before any claim (a 500).
    /// </summary>
    private static string RecordId(RestApiFunctionInfo function, APIGatewayProxyRequest request, string key)
    {
        var caller = CallerIdentity.Read(request) is { } principal ? "caller:" + CallerHash(principal)
            : request.RequestContext?.Identity?.ApiKeyId is { Length: > 0 } apiKeyId ? "apikey:" + apiKeyId
            : "-";
        return string.Join('#', function.Name, caller, key);
    }

    private static string CallerHash(Caller caller)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(AuthorizationModes.Name(caller.Mode) + "\n" + caller.Id));
        return Base64Url.EncodeToString(hash);
    }

    /// <summary>Until this invocation's deadline (after it, Lambda has ended the invocation); without a context, a fixed lock.</summary>
    private DateTimeOffset LockedUntil() =>
        LambdaContext.Current is { } context ? context.Deadline : clock.GetUtcNow() + lockWithoutContext;

    private static StoredResponse Stored(APIGatewayProxyResponse response)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            if (!name.StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
            {
                headers[name] = value;
            }
        }

        return new StoredResponse(response.StatusCode, headers, response.Body, response.IsBase64Encoded);
    }

    private static APIGatewayProxyResponse Replay(StoredResponse stored)
    {
        var headers = new Dictionary<string, string>(stored.Headers, StringComparer.OrdinalIgnoreCase)
        {
            [IdempotencyKey.ReplayedHeaderName] = "true",
        };
        return new APIGatewayProxyResponse
        {
            StatusCode = stored.StatusCode,
            Headers = headers,
            Body = stored.Body,
            IsBase64Encoded = stored.IsBase64Encoded,
        };
    }
}

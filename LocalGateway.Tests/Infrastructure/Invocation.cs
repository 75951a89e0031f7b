using System.Net;
using System.Text;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>One Invoke API call as a test sees it: the status, the function-error header, the payload and the tail log.</summary>
internal sealed record Invocation(HttpStatusCode Status, string? FunctionError, string Payload, string? LogTail, string RequestId)
{
    public static async Task<Invocation> SendAsync(HttpClient client, string function, string payload = "{}", bool tail = false)
    {
        ArgumentNullException.ThrowIfNull(client);
        using var request = InvokeRequests.Create(function, new StringContent(payload, Encoding.UTF8, "application/json"));
        if (tail)
        {
            request.Headers.Add("X-Amz-Log-Type", "Tail");
        }

        using var response = await client.SendAsync(request);
        var logResult = response.Headers.TryGetValues("X-Amz-Log-Result", out var values) ? values.Single() : null;
        return new Invocation(
            response.StatusCode,
            response.Headers.TryGetValues("X-Amz-Function-Error", out var errors) ? errors.Single() : null,
            await response.Content.ReadAsStringAsync(),
            logResult is null ? null : Encoding.UTF8.GetString(Convert.FromBase64String(logResult)),
            response.Headers.GetValues("x-amzn-RequestId").Single());
    }

    public JsonElement Json => JsonDocument.Parse(Payload).RootElement;

    public string? ErrorType => Json.TryGetProperty("errorType", out var type) ? type.GetString() : null;

    public string? ErrorMessage => Json.TryGetProperty("errorMessage", out var message) ? message.GetString() : null;
}

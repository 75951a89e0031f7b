using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Writes with an <c>Idempotency-Key</c>, as a client that retries them sends them.</summary>
internal static class KeyedRequests
{
    public const string KeyHeader = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotent-Replayed";

    public static string NewKey() => Guid.NewGuid().ToString("D");

    /// <summary>The request; <paramref name="key"/> <c>null</c> sends none, <paramref name="json"/> is sent as it is.</summary>
    public static HttpRequestMessage Create(HttpMethod method, string path, string? key, string? json = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (json is not null)
        {
            request.Content = TestEvents.Json(json);
        }

        if (key is not null)
        {
            request.Headers.TryAddWithoutValidation(KeyHeader, key);
        }

        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    public static async Task<HttpResponseMessage> SendAsync(
        HttpClient client, HttpMethod method, string path, string? key, string? json = null, string? ifMatch = null)
    {
        using var request = Create(method, path, key, json, ifMatch);
        return await client.SendAsync(request);
    }

    /// <summary>Sends the request and throws its answer away unread, as a client whose connection broke does.</summary>
    public static async Task SendAndLoseAsync(
        HttpClient client, HttpMethod method, string path, string? key, string? json = null, string? ifMatch = null)
    {
        using var response = await SendAsync(client, method, path, key, json, ifMatch);
    }

    public static bool IsReplay(HttpResponseMessage response) =>
        response.Headers.TryGetValues(ReplayedHeader, out var values) && values.SequenceEqual(["true"]);

    /// <summary>The events stored on <paramref name="date"/> (the tests give each write a date of its own).</summary>
    public static async Task<JsonElement[]> EventsOnAsync(HttpClient client, DateOnly date)
    {
        var day = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await client.GetAsync($"/events?from={day}&to={day}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement[]>() ?? [];
    }

    public static async Task<JsonElement?> GetAsync(HttpClient client, string id)
    {
        using var response = await client.GetAsync($"/events/{id}");
        return response.StatusCode == HttpStatusCode.NotFound ? null : await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

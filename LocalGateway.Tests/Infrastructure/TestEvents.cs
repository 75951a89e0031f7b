using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace EventFunctions.LocalGateway.Tests.Infrastructure;

/// <summary>Event bodies and calls as a client of the API makes them.</summary>
internal static class TestEvents
{
    private static int dayOffset;

    /// <summary>A date no other test in this run uses, so list filters see only the calling test's events.</summary>
    public static DateOnly UniqueDate() => new DateOnly(2400, 1, 1).AddDays(Interlocked.Increment(ref dayOffset));

    public static string UniqueId() => "evt-" + Guid.NewGuid().ToString("N");

    public static JsonObject NewEvent(string? eventId = null, DateOnly? date = null, string status = "scheduled")
    {
        var body = new JsonObject
        {
            ["title"] = "Tech Conference",
            ["description"] = "Annual technology conference",
            ["date"] = (date ?? UniqueDate()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["location"] = "San Francisco, CA",
            ["capacity"] = 500,
            ["organizer"] = "Tech Corp",
            ["status"] = status,
        };
        if (eventId is not null)
        {
            body["eventId"] = eventId;
        }

        return body;
    }

    public static Task<HttpResponseMessage> CreateAsync(HttpClient client, JsonObject body) =>
        client.PostAsJsonAsync("/events", body);

    /// <summary>Creates an event and returns its id; fails the test unless the API answers 201.</summary>
    public static async Task<string> CreateExistingAsync(HttpClient client, DateOnly? date = null, string status = "scheduled")
    {
        var id = UniqueId();
        using var response = await CreateAsync(client, NewEvent(id, date, status));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return id;
    }

    public static StringContent Json(string text) => new(text, System.Text.Encoding.UTF8, "application/json");
}

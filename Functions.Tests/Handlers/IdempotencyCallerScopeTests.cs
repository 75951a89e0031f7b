using System.Text.Json.Nodes;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Handlers;

/// <summary>
/// An Idempotency-Key belongs to its caller: the same key from another user is another request (never user A's
/// response replayed to user B, nor a 422 telling B that A used it), while the same user's retry replays.
/// </summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class IdempotencyCallerScopeTests(DynaliteFixture dynalite)
{
    private const string Key = "0b6f1f3e-2c1a-4e0b-9d55-7f4a1c2e9b10";

    private readonly InMemoryIdempotencyStore records = new();

    private async Task<HandlerHarness> HarnessAsync() => new(await dynalite.CreateStoreAsync(), records);

    /// <summary>A create without an id (derived from the key) by <paramref name="username"/>, or without an authorizer.</summary>
    private static string Create(string? username)
    {
        var proxyEvent = ProxyEventSamples.Edit("create-event-generated-id.json").WithHeader("Idempotency-Key", Key);
        if (username is not null)
        {
            proxyEvent["requestContext"]!["authorizer"] = new JsonObject { ["claims"] = new JsonObject { ["cognito:username"] = username } };
        }

        return proxyEvent.ToJsonString();
    }

    [Fact]
    public async Task SameKeyFromAnotherUser_RunsAsThatUsersOwnRequest()
    {
        var harness = await HarnessAsync();
        var alices = await harness.InvokeRoutedAsync(Create("alice"));

        var bobs = await harness.InvokeRoutedAsync(Create("bob"));

        Assert.Equal((201, 201), (alices.StatusCode, bobs.StatusCode));
        Assert.Null(bobs.Header("Idempotent-Replayed"));
        Assert.Equal("bob", bobs.Json.GetProperty("createdBy").GetString());
        Assert.NotEqual(alices.Json.GetProperty("eventId").GetString(), bobs.Json.GetProperty("eventId").GetString());
    }

    [Fact]
    public async Task SameKeyFromTheSameUser_Replays()
    {
        var harness = await HarnessAsync();
        var first = await harness.InvokeRoutedAsync(Create("alice"));

        var retry = await harness.InvokeRoutedAsync(Create("alice"));

        Assert.Equal("true", retry.Header("Idempotent-Replayed"));
        Assert.Equal(first.Body, retry.Body);
    }

    [Fact]
    public async Task UnusableCallerWithAKey_Is500BeforeAnyClaim()
    {
        var harness = await HarnessAsync();

        var response = await harness.InvokeRoutedAsync(Create(new string('a', 1025)));
        var retry = await harness.InvokeRoutedAsync(Create("alice"));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal((1, 0), (records.Completions, records.Releases));
        Assert.Null(retry.Header("Idempotent-Replayed"));
    }

    [Fact]
    public async Task SameKeyWithoutAnAuthorizer_IsNotTheAuthenticatedUsersKey()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Create("alice"));

        var anonymous = await harness.InvokeRoutedAsync(Create(null));

        Assert.Equal(201, anonymous.StatusCode);
        Assert.Null(anonymous.Header("Idempotent-Replayed"));
        Assert.False(anonymous.Json.TryGetProperty("createdBy", out _));
    }
}

using System.Text.Json;
using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Handlers;

/// <summary>
/// createdBy and updatedBy end to end over dynalite, from the sample events: the authorizer's caller (a Cognito
/// username or an IAM user ARN) in the response and in the stored item; no authorizer, no fields; a body cannot set them.
/// </summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class CallerRecordingTests(DynaliteFixture dynalite)
{
    private const string EventId = "evt-tech-conf-2024";
    private const string LocalUserArn = "arn:aws:iam::123456789012:user/local";

    private string? table;

    private async Task<HandlerHarness> HarnessAsync()
    {
        table = await dynalite.CreateTableAsync();
        return new HandlerHarness(new DynamoDbEventStore(dynalite.Client, new EventStoreOptions { TableName = table }, TimeProvider.System));
    }

    private async Task<Dictionary<string, AttributeValue>> StoredItemAsync() =>
        (await dynalite.Client.GetItemAsync(new GetItemRequest { TableName = table, Key = EventSamples.Key(EventId), ConsistentRead = true })).Item;

    /// <summary>An update needs its event: alice's create (version 1) comes first.</summary>
    private static async Task SeedAsync(HandlerHarness harness, string sample)
    {
        if (sample.StartsWith("update", StringComparison.Ordinal))
        {
            Assert.Equal(201, (await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"))).StatusCode);
        }
    }

    /// <summary>The request wrote nothing: no item after a create, alice's untouched version 1 after an update.</summary>
    private async Task AssertNothingWrittenAsync(string sample)
    {
        var item = await StoredItemAsync();
        if (sample.StartsWith("update", StringComparison.Ordinal))
        {
            Assert.Equal(("1", "alice"), (item["version"].N, item["updatedBy"].S));
        }
        else
        {
            Assert.True(item is null or { Count: 0 });
        }
    }

    private static string Sample(string name, Action<JsonObject>? edit = null)
    {
        var proxyEvent = ProxyEventSamples.Edit(name);
        edit?.Invoke(proxyEvent);
        return proxyEvent.ToJsonString();
    }

    private static Action<JsonObject> WithUsername(string username) =>
        e => e["requestContext"]!["authorizer"]!["claims"]!["cognito:username"] = username;

    private static string? Text(JsonElement body, string name) => body.TryGetProperty(name, out var value) ? value.GetString() : null;

    [Fact]
    public async Task CreateWithCognitoClaims_RecordsTheUsernameAsCreatedByAndUpdatedBy()
    {
        var harness = await HarnessAsync();

        var created = await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"));

        Assert.Equal(201, created.StatusCode);
        Assert.Equal(("alice", "alice"), (Text(created.Json, "createdBy"), Text(created.Json, "updatedBy")));
        var item = await StoredItemAsync();
        Assert.Equal(("alice", "alice"), (item["createdBy"].S, item["updatedBy"].S));
    }

    [Fact]
    public async Task UpdateByAnotherUser_RecordsUpdatedByAndKeepsCreatedBy()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"));

        var updated = await harness.InvokeRoutedAsync(Sample("update-event-cognito.json"));

        Assert.Equal(200, updated.StatusCode);
        Assert.Equal(("alice", "bob"), (Text(updated.Json, "createdBy"), Text(updated.Json, "updatedBy")));
        var item = await StoredItemAsync();
        Assert.Equal(("alice", "bob"), (item["createdBy"].S, item["updatedBy"].S));
    }

    [Fact]
    public async Task CreateWithIamSignature_RecordsTheUserArn()
    {
        var harness = await HarnessAsync();

        var created = await harness.InvokeRoutedAsync(Sample("create-event-iam.json"));

        Assert.Equal((LocalUserArn, LocalUserArn), (Text(created.Json, "createdBy"), Text(created.Json, "updatedBy")));
        Assert.Equal(LocalUserArn, (await StoredItemAsync())["createdBy"].S);
    }

    [Fact]
    public async Task GetAndList_ReturnTheRecordedCallers()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"));
        await harness.InvokeRoutedAsync(Sample("update-event-cognito.json"));

        var fetched = await harness.InvokeRoutedAsync(Sample("get-event.json"));
        var listed = await harness.InvokeRoutedAsync(Sample("list-events.json"));

        Assert.Equal(("alice", "bob"), (Text(fetched.Json, "createdBy"), Text(fetched.Json, "updatedBy")));
        var first = Assert.Single(listed.Json.EnumerateArray());
        Assert.Equal(("alice", "bob"), (Text(first, "createdBy"), Text(first, "updatedBy")));
    }

    [Fact]
    public async Task NoAuthorizer_NeitherFieldInTheResponseNorTheItem()
    {
        var harness = await HarnessAsync();

        var created = await harness.InvokeRoutedAsync(Sample("create-event.json"));

        Assert.False(created.Json.TryGetProperty("createdBy", out _) || created.Json.TryGetProperty("updatedBy", out _), created.Body);
        var item = await StoredItemAsync();
        Assert.False(item.ContainsKey("createdBy") || item.ContainsKey("updatedBy"));
    }

    [Fact]
    public async Task UpdateWithoutAuthorizer_RemovesUpdatedByAndKeepsCreatedBy()
    {
        var harness = await HarnessAsync();
        await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"));

        var updated = await harness.InvokeRoutedAsync(Sample("update-event.json"));

        Assert.Equal("alice", Text(updated.Json, "createdBy"));
        Assert.False(updated.Json.TryGetProperty("updatedBy", out _), updated.Body);
        Assert.False((await StoredItemAsync()).ContainsKey("updatedBy"));
    }

    [Theory]
    [InlineData("create-event-cognito.json", "createdBy")]
    [InlineData("create-event-cognito.json", "updatedBy")]
    [InlineData("update-event-cognito.json", "createdBy")]
    [InlineData("update-event-cognito.json", "updatedBy")]
    public async Task ClientSentCaller_Is422LikeEveryServerSetFieldAndWritesNothing(string sample, string field)
    {
        var harness = await HarnessAsync();
        await SeedAsync(harness, sample);
        var body = JsonNode.Parse(ProxyEventSamples.Edit(sample)["body"]!.GetValue<string>())!;
        body[field] = "mallory";

        var response = await harness.InvokeRoutedAsync(Sample(sample, e => e["body"] = body.ToJsonString()));

        Assert.Equal(422, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Header("Content-Type"));
        Assert.Equal(["is read-only and set by the server"], response.ErrorsFor(field));
        await AssertNothingWrittenAsync(sample);
    }

    [Theory]
    [InlineData("create-event-cognito.json")]
    [InlineData("update-event-cognito.json")]
    public async Task OverlongClaim_Is500LoggedWithoutTheValueAndWritesNothing(string sample)
    {
        var harness = await HarnessAsync();
        await SeedAsync(harness, sample);
        var hostile = new string('a', 1025);

        var response = await harness.InvokeRoutedAsync(Sample(sample, WithUsername(hostile)));

        Assert.Equal(500, response.StatusCode);
        Assert.Equal("application/problem+json; charset=utf-8", response.Header("Content-Type"));
        Assert.DoesNotContain("aaaa", response.Body, StringComparison.Ordinal);
        var record = harness.LogRecords[^1];
        Assert.Equal("UnusableCallerException", record.GetProperty("error_kind").GetString());
        Assert.Contains("1025 characters", record.GetProperty("exception").GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain("aaaa", harness.Log.ToString(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(sample);
    }

    [Theory]
    [InlineData("alice\r\nX-Admin: true")]
    [InlineData("alice\u001b[31m")]
    [InlineData("")]
    public async Task ClaimWithControlCharactersOrEmpty_Is500AndWritesNothing(string hostile)
    {
        var harness = await HarnessAsync();

        var response = await harness.InvokeRoutedAsync(Sample("create-event-cognito.json", WithUsername(hostile)));

        Assert.Equal(500, response.StatusCode);
        Assert.DoesNotContain("alice", harness.Log.ToString(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync("create");
    }

    [Fact]
    public async Task LogRecord_CarriesNoIdentity()
    {
        var harness = await HarnessAsync();

        await harness.InvokeRoutedAsync(Sample("create-event-cognito.json"));

        Assert.DoesNotContain("alice", harness.Log.ToString(), StringComparison.Ordinal);
    }
}

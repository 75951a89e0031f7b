using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.LocalGateway.Hosting;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>
/// createdBy and updatedBy through the gateway with <c>--auth cognito</c>: the token's user, never what the body or a
/// header claims.
/// </summary>
public sealed class CognitoCallerRecordingTests(CognitoEventsApiFixture api) : IClassFixture<CognitoEventsApiFixture>
{
    [Fact]
    public async Task PostWithAlicesToken_RecordsAlice()
    {
        using var created = await SendAsync(HttpMethod.Post, "/events", TestEvents.NewEvent(TestEvents.UniqueId()), api.Mint("alice"));
        var body = await BodyAsync(created);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(("alice", "alice"), (body["createdBy"]?.GetValue<string>(), body["updatedBy"]?.GetValue<string>()));
    }

    [Fact]
    public async Task PutWithBobsToken_RecordsBobAndKeepsAlice()
    {
        var eventId = TestEvents.UniqueId();
        using var created = await SendAsync(HttpMethod.Post, "/events", TestEvents.NewEvent(eventId), api.Mint("alice"));

        using var updated = await SendAsync(HttpMethod.Put, "/events/" + eventId, new JsonObject { ["capacity"] = 42 }, api.Mint("bob"));
        using var fetched = await api.Client.GetAsync("/events/" + eventId);

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        foreach (var body in new[] { await BodyAsync(updated), await BodyAsync(fetched) })
        {
            Assert.Equal(("alice", "bob"), (body["createdBy"]?.GetValue<string>(), body["updatedBy"]?.GetValue<string>()));
        }
    }

    [Fact]
    public async Task CreatedByInTheBody_Is422EvenWithAGoodToken()
    {
        var draft = TestEvents.NewEvent(TestEvents.UniqueId());
        draft["createdBy"] = "mallory";

        using var response = await SendAsync(HttpMethod.Post, "/events", draft, api.Mint("alice"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, JsonObject body, string token)
    {
        using var request = new HttpRequestMessage(method, path) { Content = TestEvents.Json(body.ToJsonString()) };
        request.Headers.TryAddWithoutValidation("Authorization", token);
        request.Headers.TryAddWithoutValidation("X-Caller", "mallory");
        return await api.Client.SendAsync(request);
    }

    private static async Task<JsonObject> BodyAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
}

/// <summary>createdBy through the gateway with <c>--auth iam</c>: a SigV4-signed create records the local IAM user's ARN.</summary>
public sealed class IamCallerRecordingTests(IamEventsApiFixture api) : IClassFixture<IamEventsApiFixture>
{
    [Fact]
    public async Task SignedPost_RecordsTheLocalIamUserArn()
    {
        var body = Encoding.UTF8.GetBytes(TestEvents.NewEvent(TestEvents.UniqueId()).ToJsonString());

        using var created = await api.Client.SendAsync(Signed(body));
        var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("arn:aws:iam::123456789012:user/local", json.GetProperty("createdBy").GetString());
        Assert.Equal(LocalAccount.UserArn, json.GetProperty("updatedBy").GetString());
    }

    private HttpRequestMessage Signed(byte[] body)
    {
        var amzDate = DateTimeOffset.UtcNow.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var headers = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["content-type"] = "application/json",
            ["host"] = $"127.0.0.1:{api.BaseAddress.Port}",
            ["x-amz-date"] = amzDate,
        };
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, "/events") { Content = content };
        request.Headers.Add("X-Amz-Date", amzDate);
        request.Headers.TryAddWithoutValidation(
            "Authorization",
            TestSigV4Signer.Authorization(
                new TestSigV4Signer.Credentials(LocalAccount.AccessKeyId, LocalAccount.SecretAccessKey), "POST", "/events", string.Empty, headers, body, amzDate));
        return request;
    }
}

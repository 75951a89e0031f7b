using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Annotations.Tests.Idempotency;

/// <summary>What makes two requests the same request for a key: method, path, If-Match and the canonical body.</summary>
[Trait("Category", "Unit")]
public sealed class RequestFingerprintTests
{
    private const string Body = """{"title":"Tech Conference","capacity":500,"tags":["a","b"],"venue":{"city":"Berlin","room":12}}""";

    private static string Of(string body, string method = "POST", string path = "/events", string? ifMatch = null) =>
        RequestFingerprint.Compute(method, path, ifMatch, body);

    [Fact]
    public void Compute_SameRequest_IsTheSame() =>
        Assert.Equal(Of(Body), Of(Body));

    [Fact]
    public void Compute_ObjectKeysInAnotherOrder_IsTheSame() =>
        Assert.Equal(Of(Body), Of("""{"venue":{"room":12,"city":"Berlin"},"tags":["a","b"],"capacity":500,"title":"Tech Conference"}"""));

    [Fact]
    public void Compute_WhiteSpaceInTheJson_IsTheSame() =>
        Assert.Equal(Of(Body), Of("""
            {
              "title" : "Tech Conference",
              "capacity" : 500,
              "tags" : [ "a", "b" ],
              "venue" : { "city" : "Berlin", "room" : 12 }
            }
            """));

    [Fact]
    public void Compute_AnotherMethod_Differs() =>
        Assert.NotEqual(Of(Body), Of(Body, method: "PUT"));

    [Fact]
    public void Compute_AnotherPath_Differs() =>
        Assert.NotEqual(Of(Body, path: "/events/evt-1"), Of(Body, path: "/events/evt-2"));

    [Fact]
    public void Compute_AnIfMatch_DiffersFromNone() =>
        Assert.NotEqual(Of(Body), Of(Body, ifMatch: "\"3\""));

    [Fact]
    public void Compute_AnotherIfMatch_Differs() =>
        Assert.NotEqual(Of(Body, ifMatch: "\"3\""), Of(Body, ifMatch: "\"4\""));

    [Theory]
    [InlineData("""{"title":"Tech Conference!","capacity":500,"tags":["a","b"],"venue":{"city":"Berlin","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":501,"tags":["a","b"],"venue":{"city":"Berlin","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":"500","tags":["a","b"],"venue":{"city":"Berlin","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":500,"tags":["b","a"],"venue":{"city":"Berlin","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":500,"tags":["a","b"],"venue":{"city":"Bern","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":500,"tags":["a","b"],"venue":{"city":"Berlin","room":null}}""")]
    [InlineData("""{"Title":"Tech Conference","capacity":500,"tags":["a","b"],"venue":{"city":"Berlin","room":12}}""")]
    [InlineData("""{"title":"Tech Conference","capacity":500,"tags":["a","b"],"venue":{"city":"Berlin","room":12},"extra":true}""")]
    [InlineData("""{"title":"Tech Conference","capacity":500,"tags":["a","b"]}""")]
    public void Compute_AnyValueChanged_Differs(string changed) =>
        Assert.NotEqual(Of(Body), Of(changed));

    [Fact]
    public void Compute_NoBody_DiffersFromABody() =>
        Assert.NotEqual(RequestFingerprint.Compute("POST", "/events", null, null), Of(Body));

    [Fact]
    public void Compute_NullAndEmptyBody_AreTheSame() =>
        Assert.Equal(RequestFingerprint.Compute("POST", "/events", null, null), RequestFingerprint.Compute("POST", "/events", null, string.Empty));

    [Fact]
    public void Compute_IsBase64UrlOfA256BitHash()
    {
        var fingerprint = Of(Body);

        Assert.Equal(43, fingerprint.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", fingerprint);
    }

    [Fact]
    public void CanonicalBody_Json_HasOrdinallySortedKeysAndNoWhiteSpace() =>
        Assert.Equal(
            """{"B":1,"a":{"x":[1,{"m":2,"n":3}],"y":null}}""",
            RequestFingerprint.CanonicalBody("""{ "a": { "y": null, "x": [1, { "n": 3, "m": 2 }] }, "B": 1 }"""));

    [Theory]
    [InlineData("not json {")]
    [InlineData("{\"title\": ")]
    [InlineData("title=Tech")]
    public void CanonicalBody_NotJson_IsTheTextItself(string body) =>
        Assert.Equal(body, RequestFingerprint.CanonicalBody(body));

    [Fact]
    public void Compute_NotJsonWithOtherWhiteSpace_Differs() =>
        Assert.NotEqual(Of("title = Tech"), Of("title=Tech"));

    [Fact]
    public void Compute_NotJson_IsStable() =>
        Assert.Equal(Of("title=Tech {"), Of("title=Tech {"));
}

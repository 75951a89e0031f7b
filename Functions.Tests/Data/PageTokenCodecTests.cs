using System.Buffers.Text;
using System.Text;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Tests.Data;

[Trait("Category", "Unit")]
public sealed class PageTokenCodecTests
{
    private static readonly EventQuery ActiveInJanuary =
        new(EventStatus.Active, new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31), 40, null);

    private static readonly EventQuery ScanAll = new(null, null, null, 40, null);

    private static readonly Dictionary<string, AttributeValue> IndexKey =
        EventSamples.IndexKey("evt-9", "active", "2025-01-09");

    [Fact]
    public void Decode_IndexToken_RoundTripsTheKey()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        Assert.True(PageTokenCodec.TryDecode(token, ActiveInJanuary, out var key));
        DynamoDbEventStoreWriteRequestTests.AssertItemsEqual(IndexKey, key!);
    }

    [Fact]
    public void Decode_ScanToken_RoundTripsTheKey()
    {
        var token = PageTokenCodec.Encode(ScanAll, EventSamples.Key("evt-9"));

        Assert.True(PageTokenCodec.TryDecode(token, ScanAll, out var key));
        DynamoDbEventStoreWriteRequestTests.AssertItemsEqual(EventSamples.Key("evt-9"), key!);
    }

    [Fact]
    public void Encode_IsUnpaddedBase64Url()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Decode_DifferentLimit_IsAccepted()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        Assert.True(PageTokenCodec.TryDecode(token, ActiveInJanuary with { Limit = 7 }, out _));
    }

    [Fact]
    public void Decode_DifferentStatus_IsRejected()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        AssertRejected(token, ActiveInJanuary with { Status = EventStatus.Cancelled });
    }

    [Fact]
    public void Decode_DifferentFrom_IsRejected()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        AssertRejected(token, ActiveInJanuary with { From = new DateOnly(2025, 1, 2) });
    }

    [Fact]
    public void Decode_DifferentTo_IsRejected()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        AssertRejected(token, ActiveInJanuary with { To = null });
    }

    [Fact]
    public void Decode_ScanTokenForAStatusQuery_IsRejected()
    {
        var token = PageTokenCodec.Encode(ScanAll, EventSamples.Key("evt-9"));

        AssertRejected(token, ScanAll with { Status = EventStatus.Active });
    }

    [Fact]
    public void Decode_StatusTokenForAScan_IsRejected()
    {
        var token = PageTokenCodec.Encode(ActiveInJanuary, IndexKey);

        AssertRejected(token, ActiveInJanuary with { Status = null });
    }

    [Theory]
    [InlineData("")]
    [InlineData("!!!!")]
    [InlineData("eyJ2IjoxfQ==")]
    [InlineData("eyJ2Ijox fQ")]
    [InlineData("eyJ2IjoxfQ+/")]
    [InlineData("A")]
    public void Decode_NotBase64Url_IsRejected(string token) => AssertRejected(token, ScanAll);

    [Fact]
    public void Decode_ValidButLongerThanTheLimit_IsRejected()
    {
        // Insignificant JSON whitespace: everything about this token is fine except its length.
        var padding = new string(' ', PageTokenCodec.MaxTokenLength);
        var token = Token(ScanAll, $$"""{"eventId":"evt-1"{{padding}}}""");

        Assert.True(PageTokenCodec.TryDecode(Token(ScanAll, """{"eventId":"evt-1"}"""), ScanAll, out _));
        AssertRejected(token, ScanAll);
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("[1,2]")]
    [InlineData("\"text\"")]
    public void Decode_NotAJsonObject_IsRejected(string json) => AssertRejected(Encode(json), ScanAll);

    [Theory]
    [InlineData("""{"q":"{FP}","k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":1,"k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":1,"q":"{FP}"}""")]
    [InlineData("""{"v":2,"q":"{FP}","k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":"1","q":"{FP}","k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":1,"q":1,"k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":1,"q":"{FP}","k":["evt-1"]}""")]
    [InlineData("""{"v":1,"q":"{FP}","k":{"eventId":"evt-1"},"extra":true}""")]
    [InlineData("""{"v":1,"v":1,"q":"{FP}","k":{"eventId":"evt-1"}}""")]
    [InlineData("""{"v":1,"q":"{FP}","k":{"eventId":"evt-1"},"k":{"eventId":"evt-2"}}""")]
    public void Decode_WrongShape_IsRejected(string json) =>
        AssertRejected(Encode(json.Replace("{FP}", PageTokenCodec.Fingerprint(ScanAll), StringComparison.Ordinal)), ScanAll);

    [Theory]
    [InlineData("""{"eventId":{"S":"evt-1"}}""")]
    [InlineData("""{"eventId":1}""")]
    [InlineData("""{"eventId":"evt-1","eventId":"evt-2"}""")]
    [InlineData("""{"eventId":"evt-1","title":"x"}""")]
    [InlineData("""{"EventId":"evt-1"}""")]
    [InlineData("""{}""")]
    public void Decode_UnexpectedScanKeyAttributes_IsRejected(string key) =>
        AssertRejected(Token(ScanAll, key), ScanAll);

    [Theory]
    [InlineData("""{"eventId":"evt-1"}""")]
    [InlineData("""{"eventId":"evt-1","status":"active"}""")]
    [InlineData("""{"eventId":"evt-1","status":"active","date":"2025-01-09","title":"x"}""")]
    public void Decode_UnexpectedIndexKeyAttributes_IsRejected(string key) =>
        AssertRejected(Token(ActiveInJanuary, key), ActiveInJanuary);

    [Theory]
    [InlineData("")]
    [InlineData("evt 1")]
    [InlineData("evt/1")]
    [InlineData("évt")]
    public void Decode_InvalidEventIdInKey_IsRejected(string eventId) =>
        AssertRejected(Token(ScanAll, $$"""{"eventId":"{{eventId}}"}"""), ScanAll);

    [Fact]
    public void Decode_EventIdLongerThanHundredCharacters_IsRejected()
    {
        var eventId = new string('a', 101);

        AssertRejected(Token(ScanAll, $$"""{"eventId":"{{eventId}}"}"""), ScanAll);
    }

    [Fact]
    public void Decode_EventIdOfHundredAllowedCharacters_IsAccepted()
    {
        var eventId = string.Concat(Enumerable.Repeat("aZ09._~-", 13))[..100];

        Assert.True(PageTokenCodec.TryDecode(Token(ScanAll, $$"""{"eventId":"{{eventId}}"}"""), ScanAll, out _));
    }

    [Fact]
    public void Decode_StatusInKeyDiffersFromQuery_IsRejected()
    {
        AssertRejected(
            Token(ActiveInJanuary, """{"eventId":"evt-1","status":"cancelled","date":"2025-01-09"}"""),
            ActiveInJanuary);
    }

    [Theory]
    [InlineData("2024-12-31")]
    [InlineData("2025-02-01")]
    [InlineData("2025-02-30")]
    [InlineData("20250109")]
    public void Decode_DateInKeyOutsideQueryRangeOrInvalid_IsRejected(string date)
    {
        AssertRejected(
            Token(ActiveInJanuary, $$"""{"eventId":"evt-1","status":"active","date":"{{date}}"}"""),
            ActiveInJanuary);
    }

    [Theory]
    [InlineData("2025-01-01")]
    [InlineData("2025-01-31")]
    public void Decode_DateInKeyOnRangeBoundary_IsAccepted(string date)
    {
        var token = Token(ActiveInJanuary, $$"""{"eventId":"evt-1","status":"active","date":"{{date}}"}""");

        Assert.True(PageTokenCodec.TryDecode(token, ActiveInJanuary, out _));
    }

    [Fact]
    public void Encode_KeyWithNonStringAttribute_Throws()
    {
        var key = new Dictionary<string, AttributeValue> { ["eventId"] = new AttributeValue { N = "1" } };

        Assert.Throws<InvalidOperationException>(() => PageTokenCodec.Encode(ScanAll, key));
    }

    private static void AssertRejected(string token, EventQuery query)
    {
        Assert.False(PageTokenCodec.TryDecode(token, query, out var key));
        Assert.Null(key);
    }

    /// <summary>A well-formed token for <paramref name="query"/> around an arbitrary key object.</summary>
    private static string Token(EventQuery query, string keyJson) =>
        Encode($$"""{"v":1,"q":"{{PageTokenCodec.Fingerprint(query)}}","k":{{keyJson}}}""");

    private static string Encode(string json) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(json));
}

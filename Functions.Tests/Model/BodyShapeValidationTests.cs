using System.Text.Json;
using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>The body as a whole: its JSON kind, read-only and unknown properties, and the caps on what is echoed.</summary>
[Trait("Category", "Unit")]
public sealed class BodyShapeValidationTests
{
    private const string Unrecognised = "is not a recognised property";
    private const string ServerSet = "is read-only and set by the server";

    [Theory]
    [InlineData("[]")]
    [InlineData("[{\"title\":\"t\"}]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("true")]
    public void ValidateCreate_NotAnObject_ReportsBody(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(Parse(json)), "body", "must be a JSON object");

    [Theory]
    [InlineData("[]")]
    [InlineData("\"text\"")]
    [InlineData("42")]
    [InlineData("null")]
    [InlineData("false")]
    public void ValidateUpdate_NotAnObject_ReportsBody(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateUpdate(Parse(json)), "body", "must be a JSON object");

    [Fact]
    public void ValidateCreate_UndefinedElement_ReportsBody() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(default), "body", "must be a JSON object");

    [Fact]
    public void ValidateCreate_UnknownProperty_ReportsItByName() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("name", "\"x\"")), "name", Unrecognised);

    [Fact]
    public void ValidateCreate_PropertyNameOfOtherCase_IsUnknown()
    {
        var result = EventRequestValidator.ValidateCreate(Parse(CreateWithText("Capacity", "10").Replace("\"capacity\":500,", "", StringComparison.Ordinal)));

        Assert.Equal([Unrecognised], result.Errors["Capacity"]);
        Assert.Equal(["is required"], result.Errors["capacity"]);
    }

    [Fact]
    public void ValidateCreate_EscapedKnownName_IsRecognised()
    {
        var body = Parse(CreateWithText("title", "\"t\"").Replace("\"title\":", "\"\\u0074itle\":", StringComparison.Ordinal));

        Assert.Equal("t", ValidationAssert.Valid(EventRequestValidator.ValidateCreate(body)).Title);
    }

    [Theory]
    [InlineData("createdAt")]
    [InlineData("updatedAt")]
    [InlineData("version")]
    [InlineData("createdBy")]
    [InlineData("updatedBy")]
    public void ValidateCreate_ServerSetField_ReportsReadOnly(string field) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, "1")), field, ServerSet);

    [Theory]
    [InlineData("createdAt", "\"2026-11-22T01:00:00.000Z\"")]
    [InlineData("updatedAt", "null")]
    [InlineData("version", "2")]
    [InlineData("createdBy", "\"mallory\"")]
    [InlineData("updatedBy", "null")]
    public void ValidateUpdate_ServerSetField_ReportsReadOnly(string field, string json)
    {
        var body = Parse(Object([("title", "\"t\""), (field, json)]));

        ValidationAssert.SingleError(EventRequestValidator.ValidateUpdate(body), field, ServerSet);
    }

    [Fact]
    public void ValidateCreate_ManyUnknownProperties_ListsFirstTwentyAndCountsTheRest()
    {
        var body = Parse(Object([.. ValidCreateFields, .. Enumerable.Range(0, 10_000).Select(i => ($"k{i}", "0"))]));

        var result = EventRequestValidator.ValidateCreate(body);

        Assert.Equal(21, result.Errors.Count);
        Assert.Equal(Enumerable.Range(0, 20).Select(i => $"k{i}").Append("body"), result.Errors.Keys);
        Assert.Equal(["has 9980 more unrecognised properties; only the first 20 are listed"], result.Errors["body"]);
    }

    [Fact]
    public void ValidateCreate_TwentyUnknownProperties_ListsAllWithoutSummary()
    {
        var body = Parse(Object([.. ValidCreateFields, .. Enumerable.Range(0, 20).Select(i => ($"k{i}", "0"))]));

        var result = EventRequestValidator.ValidateCreate(body);

        Assert.Equal(20, result.Errors.Count);
        Assert.DoesNotContain("body", result.Errors.Keys);
    }

    [Fact]
    public void ValidateCreate_LongUnknownName_EchoedTruncatedTo100Characters()
    {
        var name = new string('n', 5000);

        var result = EventRequestValidator.ValidateCreate(CreateWith(name, "1"));

        ValidationAssert.SingleError(result, new string('n', 100) + "…", Unrecognised);
    }

    [Fact]
    public void ValidateCreate_LongUnknownNameOfSurrogatePairs_NotCutInsideAPair()
    {
        var name = string.Concat(Enumerable.Repeat("😀", 200));

        var key = Assert.Single(EventRequestValidator.ValidateCreate(CreateWith(name, "1")).Errors).Key;

        Assert.Equal(string.Concat(Enumerable.Repeat("😀", 50)) + "…", key);
    }

    [Fact]
    public void ValidateCreate_EscapedLongUnknownName_EchoedTruncated()
    {
        var name = string.Concat(Enumerable.Repeat("\\u0061", 150));

        var key = Assert.Single(EventRequestValidator.ValidateCreate(CreateWith(name, "1")).Errors).Key;

        Assert.Equal(new string('a', 100) + "…", key);
    }

    [Fact]
    public void ValidateCreate_UnknownNameWithUnpairedSurrogateEscape_EchoedAsSent() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("\\ud800x", "1")), "\\ud800x", Unrecognised);

    [Fact]
    public void ValidateCreate_UnknownNameWithInvalidUtf8_EchoedWithReplacementCharacter()
    {
        byte[] body = [.. "{\"x"u8, 0xFF, .. "\":1,"u8, .. System.Text.Encoding.UTF8.GetBytes(Object(ValidCreateFields)[1..])];

        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(Parse(body)), "x\uFFFD", Unrecognised);
    }

    [Fact]
    public void ValidateCreate_EchoedUnknownNames_AlwaysSerializable()
    {
        var result = EventRequestValidator.ValidateCreate(CreateWith("\\udc00" + new string('z', 200), "1"));

        using var stream = new MemoryStream();
        using var writer = new Utf8JsonWriter(stream);
        writer.WriteStartObject();
        foreach (var key in result.Errors.Keys)
        {
            writer.WriteString(key, "x");
        }

        writer.WriteEndObject();
        writer.Flush();
        Assert.True(stream.Length > 0);
    }
}

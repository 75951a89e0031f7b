using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Annotations.Tests.Idempotency;

/// <summary>The Idempotency-Key header's rule: 1-255 visible ASCII characters, bare or quoted without escapes.</summary>
[Trait("Category", "Unit")]
public sealed class IdempotencyKeyTests
{
    [Fact]
    public void TryParse_BareKey_IsTheKey()
    {
        Assert.True(IdempotencyKey.TryParse("8e03978e-40d5", out var key));
        Assert.Equal("8e03978e-40d5", key);
    }

    [Fact]
    public void TryParse_QuotedKey_IsTheKeyWithoutTheQuotes()
    {
        Assert.True(IdempotencyKey.TryParse("\"8e03978e-40d5\"", out var key));
        Assert.Equal("8e03978e-40d5", key);
    }

    [Fact]
    public void TryParse_SpacesAroundTheValue_AreNotPartOfTheKey()
    {
        Assert.True(IdempotencyKey.TryParse("  abc  ", out var key));
        Assert.Equal("abc", key);
    }

    [Fact]
    public void TryParse_OneCharacter_IsAKey()
    {
        Assert.True(IdempotencyKey.TryParse("x", out var key));
        Assert.Equal("x", key);
    }

    [Fact]
    public void TryParse_255Characters_IsAKey()
    {
        var value = new string('k', IdempotencyKey.MaxLength);

        Assert.True(IdempotencyKey.TryParse(value, out var key));
        Assert.Equal(value, key);
    }

    [Fact]
    public void TryParse_255CharactersQuoted_IsAKey()
    {
        var value = new string('k', IdempotencyKey.MaxLength);

        Assert.True(IdempotencyKey.TryParse('"' + value + '"', out var key));
        Assert.Equal(value, key);
    }

    [Fact]
    public void TryParse_256Characters_IsRejected() =>
        Assert.False(IdempotencyKey.TryParse(new string('k', IdempotencyKey.MaxLength + 1), out _));

    [Fact]
    public void TryParse_256CharactersQuoted_IsRejected() =>
        Assert.False(IdempotencyKey.TryParse('"' + new string('k', IdempotencyKey.MaxLength + 1) + '"', out _));

    [Fact]
    public void TryParse_SpaceInsideABareKey_IsRejected() =>
        Assert.False(IdempotencyKey.TryParse("a b", out _));

    [Fact]
    public void TryParse_SpaceInsideAQuotedKey_IsPartOfTheKey()
    {
        Assert.True(IdempotencyKey.TryParse("\"a b\"", out var key));
        Assert.Equal("a b", key);
    }

    [Fact]
    public void TryParse_CommaInABareKey_IsRejectedAsAHeaderSentTwice() =>
        Assert.False(IdempotencyKey.TryParse("key-1,key-2", out _));

    [Fact]
    public void TryParse_CommaInsideAQuotedKey_IsPartOfTheKey()
    {
        Assert.True(IdempotencyKey.TryParse("\"a,b\"", out var key));
        Assert.Equal("a,b", key);
    }

    [Theory]
    [InlineData("a\"b")]
    [InlineData("\"abc")]
    [InlineData("abc\"")]
    [InlineData("\"")]
    [InlineData("\"a\"b\"")]
    public void TryParse_StrayQuote_IsRejected(string header) =>
        Assert.False(IdempotencyKey.TryParse(header, out _));

    [Fact]
    public void TryParse_BackslashInsideAQuotedKey_IsRejectedAsAnEscape() =>
        Assert.False(IdempotencyKey.TryParse("\"a\\\"b\"", out _));

    [Fact]
    public void TryParse_BackslashInABareKey_IsPartOfTheKey()
    {
        Assert.True(IdempotencyKey.TryParse("a\\b", out var key));
        Assert.Equal("a\\b", key);
    }

    [Theory]
    [InlineData("clé")]
    [InlineData("\"clé\"")]
    [InlineData("key-😀")]
    [InlineData("\u00a0key")]
    public void TryParse_NonAscii_IsRejected(string header) =>
        Assert.False(IdempotencyKey.TryParse(header, out _));

    [Theory]
    [InlineData("a\tb")]
    [InlineData("a\u007fb")]
    [InlineData("a\0")]
    [InlineData("\ta")]
    public void TryParse_ControlCharacter_IsRejected(string header) =>
        Assert.False(IdempotencyKey.TryParse(header, out _));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"\"")]
    [InlineData(" \"\" ")]
    public void TryParse_Empty_IsRejected(string header) =>
        Assert.False(IdempotencyKey.TryParse(header, out _));

    [Fact]
    public void TryParse_Null_IsRejected()
    {
        Assert.False(IdempotencyKey.TryParse(null, out var key));
        Assert.Null(key);
    }
}

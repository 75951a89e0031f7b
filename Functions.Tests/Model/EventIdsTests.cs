using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

[Trait("Category", "Unit")]
public sealed class EventIdsTests
{
    [Theory]
    [InlineData("a")]
    [InlineData("evt-1")]
    [InlineData("A.b_c~d-9")]
    [InlineData("0f8fad5b-d9cb-469f-a165-70867728950e")]
    public void IsValid_AllowedCharacters_True(string id) => Assert.True(EventIds.IsValid(id));

    [Fact]
    public void IsValid_MaxLength_True() => Assert.True(EventIds.IsValid(new string('x', EventIds.MaxLength)));

    [Fact]
    public void IsValid_OverMaxLength_False() => Assert.False(EventIds.IsValid(new string('x', EventIds.MaxLength + 1)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("has space")]
    [InlineData("a/b")]
    [InlineData("a+b")]
    [InlineData("%41")]
    [InlineData("ü")]
    [InlineData("a\u0000")]
    public void IsValid_OtherCharactersOrEmpty_False(string? id) => Assert.False(EventIds.IsValid(id));

    [Fact]
    public void NewId_IsLowercaseUuidInDFormat()
    {
        var id = EventIds.NewId();

        Assert.True(Guid.TryParseExact(id, "D", out _));
        Assert.Equal(id.ToLowerInvariant(), id);
        Assert.True(EventIds.IsValid(id));
    }

    [Fact]
    public void NewId_EachCallDiffers() => Assert.NotEqual(EventIds.NewId(), EventIds.NewId());
}

using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;

namespace EventFunctions.Tests.Data;

[Trait("Category", "Unit")]
public sealed class EventItemMapperTests
{
    [Fact]
    public void ToItem_WritesTableFormat()
    {
        var item = EventItemMapper.ToItem(EventSamples.Stored());

        DynamoDbEventStoreWriteRequestTests.AssertItemsEqual(EventSamples.Item(), item);
    }

    [Fact]
    public void FromItem_ReadsTableFormat() =>
        Assert.Equal(EventSamples.Stored(), EventItemMapper.FromItem(EventSamples.Item()));

    [Fact]
    public void FromItem_CallerAttributes_ReadAsCreatedByAndUpdatedBy()
    {
        var item = EventSamples.Item();
        item["createdBy"] = new AttributeValue { S = "alice" };
        item["updatedBy"] = new AttributeValue { S = "bob" };

        Assert.Equal(EventSamples.Stored() with { CreatedBy = "alice", UpdatedBy = "bob" }, EventItemMapper.FromItem(item));
    }

    [Fact]
    public void FromItem_CreatedByNotAString_ThrowsNamingIt()
    {
        var item = EventSamples.Item();
        item["createdBy"] = new AttributeValue { N = "1" };

        var failure = Assert.Throws<InvalidEventItemException>(() => EventItemMapper.FromItem(item));

        Assert.Contains("'createdBy'", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItem_TimestampIsUtc()
    {
        var stored = EventItemMapper.FromItem(EventSamples.Item());

        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
        Assert.Equal(EventSamples.NowInMilliseconds, stored.CreatedAt);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("capacity")]
    [InlineData("status")]
    [InlineData("createdAt")]
    [InlineData("version")]
    public void FromItem_MissingAttribute_ThrowsNamingIt(string attribute)
    {
        var item = EventSamples.Item();
        item.Remove(attribute);

        var thrown = Assert.Throws<InvalidEventItemException>(() => EventItemMapper.FromItem(item));

        Assert.Contains($"'{attribute}'", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("'evt-1'", thrown.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("capacity", "S", "500")]
    [InlineData("capacity", "N", "5000000000")]
    [InlineData("title", "N", "1")]
    [InlineData("status", "S", "Scheduled")]
    [InlineData("date", "S", "2024-02-30")]
    [InlineData("updatedAt", "S", "yesterday")]
    [InlineData("version", "N", "1.5")]
    public void FromItem_UnreadableAttribute_ThrowsNamingIt(string attribute, string type, string value)
    {
        var item = EventSamples.Item();
        item[attribute] = type == "S" ? new AttributeValue { S = value } : new AttributeValue { N = value };

        var thrown = Assert.Throws<InvalidEventItemException>(() => EventItemMapper.FromItem(item));

        Assert.Contains($"'{attribute}'", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromItem_EmptyItem_Throws() =>
        Assert.Throws<InvalidEventItemException>(() => EventItemMapper.FromItem([]));

    [Fact]
    public void FromItem_NullItem_Throws() =>
        Assert.Throws<InvalidEventItemException>(() => EventItemMapper.FromItem(null));
}

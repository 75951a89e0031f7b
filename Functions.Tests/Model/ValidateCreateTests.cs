using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>Create as a whole: required fields, defaults, the mapping to <see cref="NewEvent"/>.</summary>
[Trait("Category", "Unit")]
public sealed class ValidateCreateTests
{
    [Fact]
    public void ValidateCreate_ValidBody_MapsEveryField()
    {
        var body = CreateWith("status", "\"active\"");

        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(body));

        Assert.Equal("Tech Conference 2024", created.Title);
        Assert.Equal("Annual technology conference", created.Description);
        Assert.Equal(new DateOnly(2024, 12, 15), created.Date);
        Assert.Equal("San Francisco, CA", created.Location);
        Assert.Equal(500, created.Capacity);
        Assert.Equal("Tech Corp", created.Organizer);
        Assert.Equal(EventStatus.Active, created.Status);
    }

    [Fact]
    public void ValidateCreate_StatusOmitted_DefaultsToScheduled()
    {
        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(ValidCreate()));

        Assert.Equal(EventStatus.Scheduled, created.Status);
    }

    [Fact]
    public void ValidateCreate_EventIdOmitted_GeneratesLowercaseUuid()
    {
        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(ValidCreate()));

        Assert.True(Guid.TryParseExact(created.EventId, "D", out _));
        Assert.Equal(created.EventId.ToLowerInvariant(), created.EventId);
    }

    [Fact]
    public void ValidateCreate_EventIdOmitted_GeneratesNewIdEachTime()
    {
        var body = ValidCreate();

        var first = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(body));
        var second = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(body));

        Assert.NotEqual(first.EventId, second.EventId);
    }

    [Theory]
    [InlineData("title")]
    [InlineData("description")]
    [InlineData("date")]
    [InlineData("location")]
    [InlineData("capacity")]
    [InlineData("organizer")]
    public void ValidateCreate_RequiredFieldMissing_ReportsRequired(string field) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWithout(field)), field, "is required");

    [Fact]
    public void ValidateCreate_EmptyObject_ReportsEveryRequiredFieldInOrder()
    {
        var result = EventRequestValidator.ValidateCreate(Parse("{}"));

        Assert.False(result.IsValid);
        Assert.Equal(["title", "description", "date", "location", "capacity", "organizer"], result.Errors.Keys);
        Assert.All(result.Errors.Values, messages => Assert.Equal(["is required"], messages));
    }

    [Theory]
    [InlineData("title", "must be a string")]
    [InlineData("description", "must be a string")]
    [InlineData("date", "must be a date in YYYY-MM-DD format")]
    [InlineData("location", "must be a string")]
    [InlineData("capacity", "must be an integer")]
    [InlineData("organizer", "must be a string")]
    [InlineData("status", "must be a string")]
    [InlineData("eventId", "must be a string")]
    public void ValidateCreate_NullValue_ReportsWrongTypeNotMissing(string field, string message) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, "null")), field, message);

    [Fact]
    public void ValidateCreate_ManyBadFields_ReportsAllOfThem()
    {
        var body = Parse("""
            { "eventId": "bad id", "title": "", "description": 5, "date": "2025-02-30", "capacity": 0,
              "status": "done", "version": 3, "extra": true }
            """);

        var result = EventRequestValidator.ValidateCreate(body);

        Assert.False(result.IsValid);
        Assert.Equal(
            ["eventId", "title", "description", "date", "capacity", "status", "version", "extra", "location", "organizer"],
            result.Errors.Keys);
    }
}

using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>Update as a whole: partial bodies, the non-empty rule, the mapping to <see cref="EventChanges"/>.</summary>
[Trait("Category", "Unit")]
public sealed class ValidateUpdateTests
{
    private const string NothingToUpdate =
        "must contain at least one of: title, description, date, location, capacity, organizer, status";

    [Fact]
    public void ValidateUpdate_OneField_SetsOnlyThatField()
    {
        var changes = ValidationAssert.Valid(EventRequestValidator.ValidateUpdate(UpdateWith("title", "\"New title\"")));

        Assert.Equal(new EventChanges { Title = "New title" }, changes);
    }

    [Fact]
    public void ValidateUpdate_EveryMutableField_MapsEach()
    {
        var body = Parse(Object([.. ValidCreateFields, ("status", "\"cancelled\"")]));

        var changes = ValidationAssert.Valid(EventRequestValidator.ValidateUpdate(body));

        Assert.Equal(
            new EventChanges
            {
                Title = "Tech Conference 2024",
                Description = "Annual technology conference",
                Date = new DateOnly(2024, 12, 15),
                Location = "San Francisco, CA",
                Capacity = 500,
                Organizer = "Tech Corp",
                Status = EventStatus.Cancelled,
            },
            changes);
    }

    [Theory]
    [InlineData("title", "\"t\"")]
    [InlineData("description", "\"d\"")]
    [InlineData("date", "\"2024-02-29\"")]
    [InlineData("location", "\"l\"")]
    [InlineData("capacity", "1")]
    [InlineData("organizer", "\"o\"")]
    [InlineData("status", "\"completed\"")]
    public void ValidateUpdate_AnySingleMutableField_IsValid(string field, string json)
    {
        var changes = ValidationAssert.Valid(EventRequestValidator.ValidateUpdate(UpdateWith(field, json)));

        Assert.False(changes.IsEmpty);
    }

    [Fact]
    public void ValidateUpdate_StatusOmitted_LeftUnset()
    {
        var changes = ValidationAssert.Valid(EventRequestValidator.ValidateUpdate(UpdateWith("capacity", "10")));

        Assert.Null(changes.Status);
    }

    [Fact]
    public void ValidateUpdate_EmptyObject_ReportsNothingToUpdate() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateUpdate(Parse("{}")), "body", NothingToUpdate);

    [Fact]
    public void ValidateUpdate_EventId_ReportsReadOnly()
    {
        var result = EventRequestValidator.ValidateUpdate(Parse("""{ "eventId": "evt-1", "title": "t" }"""));

        ValidationAssert.SingleError(result, "eventId", "is read-only and cannot be changed");
    }

    [Fact]
    public void ValidateUpdate_OnlyReadOnlyFields_ReportsThemAndNothingToUpdate()
    {
        var result = EventRequestValidator.ValidateUpdate(Parse("""{ "eventId": "evt-1", "version": 2 }"""));

        Assert.False(result.IsValid);
        Assert.Equal(["eventId", "version", "body"], result.Errors.Keys);
        Assert.Equal([NothingToUpdate], result.Errors["body"]);
    }

    [Fact]
    public void ValidateUpdate_OnlyUnknownField_ReportsItAndNothingToUpdate()
    {
        var result = EventRequestValidator.ValidateUpdate(Parse("""{ "name": "x" }"""));

        Assert.Equal(["is not a recognised property"], result.Errors["name"]);
        Assert.Equal([NothingToUpdate], result.Errors["body"]);
    }

    [Fact]
    public void ValidateUpdate_InvalidMutableField_ReportsOnlyThatField() =>
        ValidationAssert.SingleError(
            EventRequestValidator.ValidateUpdate(UpdateWith("capacity", "0")), "capacity", "must be between 1 and 1000000");

    [Theory]
    [InlineData("title", "null", "must be a string")]
    [InlineData("description", "123", "must be a string")]
    [InlineData("date", "null", "must be a date in YYYY-MM-DD format")]
    [InlineData("location", "[]", "must be a string")]
    [InlineData("capacity", "\"10\"", "must be an integer")]
    [InlineData("organizer", "{}", "must be a string")]
    [InlineData("status", "true", "must be a string")]
    public void ValidateUpdate_WrongType_ReportsType(string field, string json, string message) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateUpdate(UpdateWith(field, json)), field, message);

    [Theory]
    [InlineData("title", "\"   \"", "must not be blank")]
    [InlineData("description", "\"\"", "must be between 1 and 1000 characters")]
    [InlineData("date", "\"2025-02-30\"", "must be a real calendar date (YYYY-MM-DD, year 0001-9999)")]
    [InlineData("status", "\"Active\"", "must be one of: scheduled, active, cancelled, completed")]
    public void ValidateUpdate_InvalidValue_ReportsSameRuleAsCreate(string field, string json, string message) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateUpdate(UpdateWith(field, json)), field, message);
}

using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>A client-chosen eventId on create.</summary>
[Trait("Category", "Unit")]
public sealed class EventIdFieldValidationTests
{
    private const string Format = "must be 1-100 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'";

    [Theory]
    [InlineData("evt-1")]
    [InlineData("A.b_c~d-9")]
    [InlineData("x")]
    public void ValidateCreate_EventIdGiven_KeptAsGiven(string id) =>
        Assert.Equal(id, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("eventId", Quote(id)))).EventId);

    [Fact]
    public void ValidateCreate_EventIdOf100Characters_Accepted()
    {
        var id = new string('a', 100);

        Assert.Equal(id, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("eventId", Quote(id)))).EventId);
    }

    [Fact]
    public void ValidateCreate_EventIdOf101Characters_ReportsFormat() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("eventId", Quote(new string('a', 101)))), "eventId", Format);

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("evt 1")]
    [InlineData("evt/1")]
    [InlineData("evt?1")]
    [InlineData("evt#1")]
    [InlineData("%41")]
    [InlineData("évt")]
    [InlineData("evt\n")]
    public void ValidateCreate_EventIdWithOtherCharacters_ReportsFormat(string id) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("eventId", Quote(id))), "eventId", Format);

    [Fact]
    public void ValidateCreate_EventIdWithUnpairedSurrogate_ReportsFormat() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("eventId", "\"\\ud800\"")), "eventId", Format);

    [Theory]
    [InlineData("1")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void ValidateCreate_EventIdWrongType_ReportsMustBeString(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("eventId", json)), "eventId", "must be a string");
}

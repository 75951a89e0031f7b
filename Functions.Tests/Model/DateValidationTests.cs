using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

[Trait("Category", "Unit")]
public sealed class DateValidationTests
{
    private const string Format = "must be a date in YYYY-MM-DD format";
    private const string NotInCalendar = "must be a real calendar date (YYYY-MM-DD, year 0001-9999)";

    [Theory]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2024-12-15", 2024, 12, 15)]
    [InlineData("2025-04-30", 2025, 4, 30)]
    [InlineData("2025-12-31", 2025, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void ValidateCreate_RealDate_Accepted(string text, int year, int month, int day)
    {
        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("date", Quote(text))));

        Assert.Equal(new DateOnly(year, month, day), created.Date);
    }

    [Theory]
    [InlineData("2025-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2025-02-30")]
    [InlineData("2025-04-31")]
    [InlineData("2025-01-32")]
    [InlineData("2025-13-01")]
    [InlineData("2025-00-10")]
    [InlineData("2025-01-00")]
    [InlineData("0000-01-01")]
    [InlineData("9999-99-99")]
    public void ValidateCreate_DateNotInCalendar_ReportsCalendar(string text) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("date", Quote(text))), "date", NotInCalendar);

    [Theory]
    [InlineData("20240101")]
    [InlineData("2024-1-5")]
    [InlineData("2024-01-5")]
    [InlineData("24-01-01")]
    [InlineData("2024/01/01")]
    [InlineData("2024.01.01")]
    [InlineData("2024-01-01T00:00:00Z")]
    [InlineData(" 2024-01-01")]
    [InlineData("2024-01-01 ")]
    [InlineData("+2024-01-01")]
    [InlineData("-001-01-01")]
    [InlineData("2024-0a-01")]
    [InlineData("2024-+1-01")]
    [InlineData("１２３４-01-01")]
    [InlineData("15/12/2024")]
    [InlineData("")]
    public void ValidateCreate_DateNotInFormat_ReportsFormat(string text) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("date", Quote(text))), "date", Format);

    [Theory]
    [InlineData("20240101")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[]")]
    [InlineData("{}")]
    public void ValidateCreate_DateWrongType_ReportsFormat(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("date", json)), "date", Format);

    [Fact]
    public void ValidateCreate_DateWithEscapedDigit_Accepted()
    {
        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("date", "\"\\u0032024-02-29\"")));

        Assert.Equal(new DateOnly(2024, 2, 29), created.Date);
    }

    [Fact]
    public void ValidateCreate_DateWithUnpairedSurrogate_ReportsFormat() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("date", "\"2024-01-0\\ud800\"")), "date", Format);
}

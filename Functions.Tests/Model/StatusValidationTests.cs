using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

[Trait("Category", "Unit")]
public sealed class StatusValidationTests
{
    private const string OneOf = "must be one of: scheduled, active, cancelled, completed";

    [Theory]
    [InlineData("scheduled", EventStatus.Scheduled)]
    [InlineData("active", EventStatus.Active)]
    [InlineData("cancelled", EventStatus.Cancelled)]
    [InlineData("completed", EventStatus.Completed)]
    public void ValidateCreate_KnownStatus_Accepted(string text, EventStatus expected) =>
        Assert.Equal(expected, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("status", Quote(text)))).Status);

    [Theory]
    [InlineData("Scheduled")]
    [InlineData("ACTIVE")]
    [InlineData("canceled")]
    [InlineData("done")]
    [InlineData(" active")]
    [InlineData("active ")]
    [InlineData("completedx")]
    [InlineData("")]
    [InlineData("0")]
    public void ValidateCreate_OtherStatus_ReportsOneOf(string text) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("status", Quote(text))), "status", OneOf);

    [Fact]
    public void ValidateCreate_StatusEscaped_Accepted() =>
        Assert.Equal(EventStatus.Active, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("status", "\"\\u0061ctive\""))).Status);

    [Fact]
    public void ValidateCreate_StatusWithUnpairedSurrogate_ReportsOneOf() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("status", "\"\\ud800\"")), "status", OneOf);

    [Theory]
    [InlineData("0")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[\"active\"]")]
    public void ValidateCreate_StatusWrongType_ReportsMustBeString(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("status", json)), "status", "must be a string");
}

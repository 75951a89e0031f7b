using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>capacity: any JSON number whose value is an integer (10.0 and 1e3 count), 1..1,000,000.</summary>
[Trait("Category", "Unit")]
public sealed class CapacityValidationTests
{
    private const string Range = "must be between 1 and 1000000";
    private const string Integer = "must be an integer";

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("500", 500)]
    [InlineData("999999", 999_999)]
    [InlineData("1000000", 1_000_000)]
    public void ValidateCreate_CapacityInRange_Accepted(string json, int expected) =>
        Assert.Equal(expected, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("capacity", json))).Capacity);

    [Theory]
    [InlineData("10.0", 10)]
    [InlineData("1.000", 1)]
    [InlineData("1e3", 1000)]
    [InlineData("1E3", 1000)]
    [InlineData("1e+3", 1000)]
    [InlineData("1e6", 1_000_000)]
    [InlineData("0.5e1", 5)]
    [InlineData("100e-2", 1)]
    [InlineData("1000000.000", 1_000_000)]
    [InlineData("12.5e1", 125)]
    public void ValidateCreate_CapacityIntegerValueInOtherNotation_Accepted(string json, int expected) =>
        Assert.Equal(expected, ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("capacity", json))).Capacity);

    [Fact]
    public void ValidateCreate_CapacityZero_ReportsRange() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("capacity", "0")), "capacity", Range);

    [Fact]
    public void ValidateCreate_CapacityOverMaximum_ReportsRange() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("capacity", "1000001")), "capacity", Range);

    [Theory]
    [InlineData("-1")]
    [InlineData("-0")]
    [InlineData("0.0")]
    [InlineData("0e5")]
    [InlineData("-2147483648")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("1000001.0")]
    [InlineData("1e7")]
    [InlineData("99999999999999999999999999999999")]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("1e999999999999999999")]
    public void ValidateCreate_CapacityIntegerOutOfRange_ReportsRange(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("capacity", json)), "capacity", Range);

    [Theory]
    [InlineData("1.5")]
    [InlineData("0.5")]
    [InlineData("999999.9")]
    [InlineData("1e-3")]
    [InlineData("1e-400")]
    [InlineData("1.0000000000000000001")]
    [InlineData("1000000.0000000000000001")]
    [InlineData("-0.5")]
    [InlineData("1.25e1")]
    public void ValidateCreate_CapacityWithFraction_ReportsInteger(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("capacity", json)), "capacity", Integer);

    [Theory]
    [InlineData("\"500\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("[500]")]
    [InlineData("{}")]
    public void ValidateCreate_CapacityWrongType_ReportsInteger(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("capacity", json)), "capacity", Integer);
}

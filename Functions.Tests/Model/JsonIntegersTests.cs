using System.Text;
using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

/// <summary>The exact integer test behind capacity, on JSON number text.</summary>
[Trait("Category", "Unit")]
public sealed class JsonIntegersTests
{
    [Theory]
    [InlineData("0", 0L)]
    [InlineData("-0.0", 0L)]
    [InlineData("0.000e-5", 0L)]
    [InlineData("42", 42L)]
    [InlineData("-42", -42L)]
    [InlineData("4.2e1", 42L)]
    [InlineData("4200e-2", 42L)]
    [InlineData("-4.20E+1", -42L)]
    [InlineData("123456789012345678", 123456789012345678L)]
    public void TryGetExactInteger_IntegerValue_ReturnsIt(string number, long expected)
    {
        Assert.True(JsonIntegers.TryGetExactInteger(Encoding.UTF8.GetBytes(number), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("1234567890123456789", long.MaxValue)]
    [InlineData("1e19", long.MaxValue)]
    [InlineData("-1e1000000000000", long.MinValue)]
    public void TryGetExactInteger_MoreThan18Digits_Saturates(string number, long expected)
    {
        Assert.True(JsonIntegers.TryGetExactInteger(Encoding.UTF8.GetBytes(number), out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("0.1")]
    [InlineData("4.25e1")]
    [InlineData("1e-1")]
    [InlineData("1e-1000000000000")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData("abc")]
    public void TryGetExactInteger_FractionOrNotANumber_False(string number) =>
        Assert.False(JsonIntegers.TryGetExactInteger(Encoding.UTF8.GetBytes(number), out _));
}

using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

[Trait("Category", "Unit")]
public sealed class ValidationResultTests
{
    private static readonly Dictionary<string, string[]> NoErrors = [];
    private static readonly Dictionary<string, string[]> OneError = new() { ["title"] = ["is required"] };

    [Fact]
    public void ValueWithoutErrors_IsValid()
    {
        var result = new ValidationResult<string>("value", NoErrors);

        Assert.True(result.IsValid);
        Assert.Equal("value", result.Value);
    }

    [Fact]
    public void ErrorsWithoutValue_IsNotValid()
    {
        var result = new ValidationResult<string>(null, OneError);

        Assert.False(result.IsValid);
        Assert.Same(OneError, result.Errors);
    }

    [Fact]
    public void ValueAndErrors_Throws() =>
        Assert.Throws<ArgumentException>(() => new ValidationResult<string>("value", OneError));

    [Fact]
    public void NeitherValueNorErrors_Throws() =>
        Assert.Throws<ArgumentException>(() => new ValidationResult<string>(null, NoErrors));
}

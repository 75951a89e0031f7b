using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

internal static class ValidationAssert
{
    /// <summary>The result failed with exactly one field in error, holding exactly these messages.</summary>
    public static void SingleError<T>(ValidationResult<T> result, string field, params string[] messages)
        where T : class
    {
        Assert.False(result.IsValid);
        Assert.Null(result.Value);
        var (key, actual) = Assert.Single(result.Errors);
        Assert.Equal(field, key);
        Assert.Equal(messages, actual);
    }

    public static T Valid<T>(ValidationResult<T> result)
        where T : class
    {
        Assert.Empty(result.Errors);
        Assert.True(result.IsValid);
        return result.Value;
    }
}

using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

[Trait("Category", "Unit")]
public sealed class ValidationErrorsTests
{
    [Fact]
    public void New_IsEmpty()
    {
        var errors = new ValidationErrors();

        Assert.True(errors.IsEmpty);
        Assert.Equal(0, errors.Count);
        Assert.Empty(errors.ToDictionary());
    }

    [Fact]
    public void Add_MakesItNonEmpty()
    {
        var errors = new ValidationErrors();

        errors.Add("title", "is required");

        Assert.False(errors.IsEmpty);
        Assert.Equal(["is required"], errors.ToDictionary()["title"]);
    }

    [Fact]
    public void ToDictionary_KeepsFieldsInOrderFirstAdded()
    {
        var errors = new ValidationErrors();
        errors.Add("zeta", "a");
        errors.Add("alpha", "b");
        errors.Add("mid", "c");
        errors.Add("zeta", "d");

        Assert.Equal(["zeta", "alpha", "mid"], errors.ToDictionary().Keys);
    }

    [Fact]
    public void Add_SecondMessageForField_AppendsInOrder()
    {
        var errors = new ValidationErrors();
        errors.Add("title", "first");
        errors.Add("title", "second");

        Assert.Equal(["first", "second"], errors.ToDictionary()["title"]);
        Assert.Equal(1, errors.Count);
    }

    [Fact]
    public void Add_SameMessageTwice_KeepsOne()
    {
        var errors = new ValidationErrors();
        errors.Add("title", "same");
        errors.Add("title", "same");

        Assert.Equal(["same"], errors.ToDictionary()["title"]);
    }

    [Fact]
    public void ToDictionary_IsSnapshot()
    {
        var errors = new ValidationErrors();
        errors.Add("title", "first");
        var snapshot = errors.ToDictionary();

        errors.Add("title", "second");
        errors.Add("date", "third");

        Assert.Equal(["first"], Assert.Single(snapshot).Value);
    }

    [Fact]
    public void Add_NullField_Throws() =>
        Assert.Throws<ArgumentNullException>(() => new ValidationErrors().Add(null!, "message"));

    [Fact]
    public void Add_EmptyMessage_Throws() =>
        Assert.Throws<ArgumentException>(() => new ValidationErrors().Add("title", ""));
}

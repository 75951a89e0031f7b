using EventFunctions.Model;
using static EventFunctions.Tests.Model.RequestBodies;

namespace EventFunctions.Tests.Model;

/// <summary>title, location, organizer (1-200) and description (1-1000).</summary>
[Trait("Category", "Unit")]
public sealed class TextFieldValidationTests
{
    private const string InvalidCharacters =
        "must not contain control characters (U+0000-U+001F, U+007F-U+009F) or unpaired surrogates";

    public static TheoryData<string, int, string> Limits => new()
    {
        { "title", 200, "must be between 1 and 200 characters" },
        { "location", 200, "must be between 1 and 200 characters" },
        { "organizer", 200, "must be between 1 and 200 characters" },
        { "description", 1000, "must be between 1 and 1000 characters" },
    };

    public static TheoryData<string, int> MaxLengths => new()
    {
        { "title", 200 },
        { "location", 200 },
        { "organizer", 200 },
        { "description", 1000 },
    };

    public static TheoryData<string, string> LengthMessages => new()
    {
        { "title", "must be between 1 and 200 characters" },
        { "location", "must be between 1 and 200 characters" },
        { "organizer", "must be between 1 and 200 characters" },
        { "description", "must be between 1 and 1000 characters" },
    };

    public static TheoryData<string> Fields => ["title", "location", "organizer", "description"];

    [Theory]
    [MemberData(nameof(MaxLengths))]
    public void ValidateCreate_TextAtMaxLength_Accepted(string field, int max)
    {
        var text = new string('a', max);

        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith(field, Quote(text))));

        Assert.Equal(text, TextOf(created, field));
    }

    [Theory]
    [MemberData(nameof(Limits))]
    public void ValidateCreate_TextOverMaxLength_ReportsLength(string field, int max, string message) =>
        ValidationAssert.SingleError(
            EventRequestValidator.ValidateCreate(CreateWith(field, Quote(new string('a', max + 1)))), field, message);

    [Theory]
    [MemberData(nameof(LengthMessages))]
    public void ValidateCreate_TextEmpty_ReportsLength(string field, string message) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, "\"\"")), field, message);

    [Theory]
    [MemberData(nameof(Fields))]
    public void ValidateCreate_TextOneCharacter_Accepted(string field) =>
        Assert.Equal("x", TextOf(ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith(field, "\"x\""))), field));

    [Theory]
    [InlineData("title", "\" \"")]
    [InlineData("location", "\"     \"")]
    [InlineData("organizer", "\"\u00A0\"")]
    [InlineData("description", "\"\u2003 \u3000\"")]
    public void ValidateCreate_TextWhitespaceOnly_ReportsBlank(string field, string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, json)), field, "must not be blank");

    [Fact]
    public void ValidateCreate_TextWhitespaceOnlyAndTooLong_ReportsBoth() =>
        ValidationAssert.SingleError(
            EventRequestValidator.ValidateCreate(CreateWith("title", Quote(new string(' ', 201)))),
            "title",
            "must be between 1 and 200 characters",
            "must not be blank");

    [Theory]
    [MemberData(nameof(Fields))]
    public void ValidateCreate_TextWithSurroundingSpaces_StoredAsGiven(string field)
    {
        var created = ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith(field, "\"  padded  \"")));

        Assert.Equal("  padded  ", TextOf(created, field));
    }

    [Theory]
    [InlineData("\"a\\u0000b\"")]
    [InlineData("\"a\\u001fb\"")]
    [InlineData("\"line\\nbreak\"")]
    [InlineData("\"tab\\there\"")]
    [InlineData("\"cr\\r\"")]
    [InlineData("\"del\\u007f\"")]
    [InlineData("\"c1\\u0080\"")]
    [InlineData("\"nel\\u0085\"")]
    [InlineData("\"c1\\u009f\"")]
    public void ValidateCreate_TextWithControlCharacter_ReportsInvalidCharacters(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("title", json)), "title", InvalidCharacters);

    [Theory]
    [InlineData("\"line\\nbreak\"")]
    [InlineData("\"tab\\there\"")]
    [InlineData("\"windows\\r\\nline\"")]
    public void ValidateCreate_DescriptionWithLineBreaksOrTabs_Accepted(string json) =>
        Assert.NotNull(ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("description", json))).Description);

    [Theory]
    [InlineData("location")]
    [InlineData("organizer")]
    public void ValidateCreate_OneLineFieldWithLineBreak_ReportsInvalidCharacters(string field) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, "\"two\\nlines\"")), field, InvalidCharacters);

    [Fact]
    public void ValidateCreate_DescriptionWithOtherControlCharacter_ReportsInvalidCharacters() =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("description", "\"bell\\u0007\"")), "description", InvalidCharacters);

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"a\\udc00b\"")]
    [InlineData("\"\\ude00\\ud83d\"")]
    [InlineData("\"end\\ud83d\"")]
    public void ValidateCreate_TextWithUnpairedSurrogate_ReportsInvalidCharacters(string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith("description", json)), "description", InvalidCharacters);

    [Fact]
    public void ValidateCreate_TextWithInvalidUtf8_ReportsInvalidCharacters()
    {
        byte[] body = [.. "{\"title\":\"a"u8, 0xFF, .. "\","u8, .. System.Text.Encoding.UTF8.GetBytes(Object(ValidCreateFields.Skip(1))[1..])];

        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(Parse(body)), "title", InvalidCharacters);
    }

    [Theory]
    [InlineData("\"😀\"")]
    [InlineData("\"\\ud83d\\ude00\"")]
    public void ValidateCreate_TextWithSurrogatePair_Accepted(string json) =>
        Assert.Equal("😀", ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("title", json))).Title);

    [Fact]
    public void ValidateCreate_TextLength_CountsUtf16CodeUnits()
    {
        var fits = EventRequestValidator.ValidateCreate(CreateWith("title", Quote(string.Concat(Enumerable.Repeat("😀", 100)))));
        var tooLong = EventRequestValidator.ValidateCreate(CreateWith("title", Quote("a" + string.Concat(Enumerable.Repeat("😀", 100)))));

        Assert.True(fits.IsValid);
        ValidationAssert.SingleError(tooLong, "title", "must be between 1 and 200 characters");
    }

    [Fact]
    public void ValidateCreate_TextWithEscapes_Unescaped() =>
        Assert.Equal("Abc \"q\" é", ValidationAssert.Valid(EventRequestValidator.ValidateCreate(CreateWith("title", "\"\\u0041bc \\\"q\\\" \\u00e9\""))).Title);

    [Theory]
    [InlineData("title", "1")]
    [InlineData("title", "true")]
    [InlineData("location", "null")]
    [InlineData("location", "[]")]
    [InlineData("organizer", "{}")]
    [InlineData("organizer", "0")]
    [InlineData("description", "false")]
    [InlineData("description", "[\"text\"]")]
    public void ValidateCreate_TextWrongType_ReportsMustBeString(string field, string json) =>
        ValidationAssert.SingleError(EventRequestValidator.ValidateCreate(CreateWith(field, json)), field, "must be a string");

    private static string TextOf(NewEvent created, string field) => field switch
    {
        "title" => created.Title,
        "location" => created.Location,
        "organizer" => created.Organizer,
        "description" => created.Description,
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}

using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Model;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>Validation over any JSON: it never throws, and a result is either valid or names its errors.</summary>
[Trait("Category", "Unit")]
public sealed class ValidationPropertyTests(ITestOutputHelper output)
{
    private static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement;

    [Fact]
    public void ValidateCreate_AnyJson_IsValidOrHasErrorsAndNeverThrows() =>
        PropertyRun.Check(
            HostileValues.Json,
            json =>
            {
                var result = EventRequestValidator.ValidateCreate(Parse(json));
                return Task.FromResult(result.IsValid ? EventIds.IsValid(result.Value.EventId) : result.Errors.Count > 0);
            },
            output,
            "create bodies",
            count: 2000);

    [Fact]
    public void ValidateUpdate_AnyJson_IsValidOrHasErrorsAndNeverThrows() =>
        PropertyRun.Check(
            HostileValues.Json,
            json =>
            {
                var result = EventRequestValidator.ValidateUpdate(Parse(json));
                return Task.FromResult(result.IsValid ? !result.Value.IsEmpty : result.Errors.Count > 0);
            },
            output,
            "update bodies",
            count: 2000);

    [Fact]
    public void ValidateCreate_AnyStringInATextField_IsRejectedOrKeptExactly() =>
        PropertyRun.Check(
            from field in Gen.Elements("title", "description", "location", "organizer")
            from value in HostileValues.Text
            select (Field: field, Value: value),
            input =>
            {
                var body = new JsonObject
                {
                    ["title"] = "t",
                    ["description"] = "d",
                    ["date"] = "2024-12-15",
                    ["location"] = "l",
                    ["capacity"] = 1,
                    ["organizer"] = "o",
                };
                body[input.Field] = input.Value;
                var json = Parse(body.ToJsonString());

                // The writer replaces unpaired surrogates with U+FFFD, so compare with what was actually sent.
                var sent = json.GetProperty(input.Field).GetString();
                var result = EventRequestValidator.ValidateCreate(json);
                return Task.FromResult(!result.IsValid || TextOf(result.Value, input.Field) == sent);
            },
            output,
            "strings in text fields",
            count: 2000);

    private static string TextOf(NewEvent created, string field) => field switch
    {
        "title" => created.Title,
        "description" => created.Description,
        "location" => created.Location,
        _ => created.Organizer,
    };
}

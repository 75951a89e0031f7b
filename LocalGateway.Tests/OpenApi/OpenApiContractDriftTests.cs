using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EventFunctions.LocalGateway.Tests.Infrastructure;
using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.Tests.OpenApi;

/// <summary>
/// <c>/openapi.json</c> states the limits of <see cref="EventContract"/>: boundary values derived from the contract
/// (each limit and one past it) are accepted or rejected by the served schemas exactly as the contract says.
/// </summary>
[Collection(EventsApiCollectionDefinition.Name)]
public sealed class OpenApiContractDriftTests(EventsApiFixture api)
{
    public static TheoryData<string> FieldNames() => [.. EventContract.Fields.Select(f => f.JsonName)];

    [Theory]
    [MemberData(nameof(FieldNames))]
    public async Task EventSchema_ContractBoundaries_AcceptedExactlyAsTheContractSays(string name)
    {
        var field = EventContract.Fields.Single(f => f.JsonName == name);
        var schema = (await EventSchemaAsync()).Properties![name];

        foreach (var (value, valid) in Boundaries(field))
        {
            Assert.True(Accepts(schema, value) == valid, $"{name} = {Show(value)}: the document says {!valid}, the contract {valid}.");
        }

        Assert.True(Accepts(schema, JsonNode.Parse(field.ExampleJson)!), $"{name}'s example breaks its own schema.");
        Assert.Equal(field.ReadOnly, schema.ReadOnly);
        Assert.Equal(field.Format, schema.Format);
    }

    [Fact]
    public async Task RequestSchemas_ContractAccess_RequireAndAllowExactlyTheContractFields()
    {
        var (document, _) = OpenApiDocument.Parse(await api.Client.GetStringAsync("/openapi.json"), "json");
        var schemas = document!.Components!.Schemas!;

        Assert.Equal(
            EventContract.Fields.Where(f => f.RequiredOnCreate).Select(f => f.JsonName).Order(StringComparer.Ordinal),
            schemas["NewEvent"].Required!.Order(StringComparer.Ordinal));
        Assert.Equal(
            EventContract.Fields.Where(f => !f.ReadOnly).Select(f => f.JsonName).Order(StringComparer.Ordinal),
            schemas["NewEvent"].Properties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(
            EventContract.Fields.Where(f => f.Access == EventFieldAccess.Mutable).Select(f => f.JsonName).Order(StringComparer.Ordinal),
            schemas["EventChanges"].Properties!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(EventContract.Status.DefaultValue, schemas["NewEvent"].Properties!["status"].Default?.GetValue<string>());
    }

    [Fact]
    public async Task LimitParameter_ContractRange_StatedWithItsDefault()
    {
        var (document, _) = OpenApiDocument.Parse(await api.Client.GetStringAsync("/openapi.json"), "json");
        var range = EventContract.Limit;

        var limit = Assert.Single(document!.Paths["/events"].Operations![HttpMethod.Get].Parameters!, p => p.Name == range.Name).Schema!;

        foreach (var (value, valid) in new[] { (range.Minimum, true), (range.Maximum, true), (range.Minimum - 1, false), (range.Maximum + 1, false) })
        {
            Assert.Equal(valid, Accepts(limit, JsonValue.Create((long)value)));
        }

        Assert.Equal(range.Default, limit.Default?.GetValue<int>());
    }

    /// <summary>Boundary values from the contract alone: each limit and one past it; for ids, each character range's edges.</summary>
    private static IEnumerable<(JsonNode Value, bool Valid)> Boundaries(EventFieldDefinition field)
    {
        if (field.Minimum is not { } min)
        {
            yield break;
        }

        var isInteger = field.Kind is EventFieldKind.IntegerRange or EventFieldKind.Version;
        JsonNode Make(long n) => isInteger ? JsonValue.Create(n) : JsonValue.Create(new string('x', (int)n));
        yield return (Make(min), true);
        if (min > 0)
        {
            yield return (Make(min - 1L), false);
        }

        if (field.Maximum is { } max)
        {
            yield return (Make(max), true);
            yield return (Make(max + 1L), false);
        }

        if (field.CharacterClass is { } characterClass)
        {
            var allowed = new Regex($"^[{characterClass}]$", RegexOptions.None, TimeSpan.FromSeconds(1));
            foreach (Match range in Regex.Matches(characterClass, "(.)-(.)|(.)"))
            {
                var (first, last) = range.Groups[3].Success
                    ? (range.Groups[3].Value[0], range.Groups[3].Value[0])
                    : (range.Groups[1].Value[0], range.Groups[2].Value[0]);
                foreach (var edge in new[] { first, last, (char)(first - 1), (char)(last + 1) })
                {
                    if (!char.IsControl(edge))
                    {
                        yield return (JsonValue.Create(edge.ToString()), allowed.IsMatch(edge.ToString()));
                    }
                }
            }
        }
    }

    /// <summary>The schema keywords the contract's limits map to: type, length, range, pattern (ECMA-262).</summary>
    private static bool Accepts(IOpenApiSchema schema, JsonNode value)
    {
        if (schema.Type == JsonSchemaType.Integer)
        {
            var number = value.GetValue<long>();
            return (schema.Minimum is null || number >= long.Parse(schema.Minimum, CultureInfo.InvariantCulture))
                && (schema.Maximum is null || number <= long.Parse(schema.Maximum, CultureInfo.InvariantCulture));
        }

        var text = value.GetValue<string>();
        var length = text.EnumerateRunes().Count();
        return (schema.MinLength is null || length >= schema.MinLength)
            && (schema.MaxLength is null || length <= schema.MaxLength)
            && (schema.Pattern is null || Regex.IsMatch(text, schema.Pattern, RegexOptions.ECMAScript, TimeSpan.FromSeconds(1)));
    }

    private static string Show(JsonNode value) =>
        value.GetValueKind() == System.Text.Json.JsonValueKind.String && value.GetValue<string>().Length > 3
            ? $"a string of {value.GetValue<string>().Length} characters"
            : value.ToJsonString();

    private async Task<IOpenApiSchema> EventSchemaAsync()
    {
        var (document, _) = OpenApiDocument.Parse(await api.Client.GetStringAsync("/openapi.json"), "json");
        return document!.Components!.Schemas!["Event"];
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.ApiDocs.OpenApi;

/// <summary>
/// The event rules a JSON schema exported from the C# type cannot know, read from <see cref="EventContract"/>:
/// lengths, patterns, ranges, non-blank text, server-set fields being read-only, examples.
/// </summary>
internal static class EventConstraints
{
    /// <summary>At least one character that is not white space: blank strings are rejected.</summary>
    public const string NotBlankPattern = @"\S";

    public static readonly IReadOnlyList<string> ServerSetProperties =
        [.. EventContract.Fields.Where(f => f.ReadOnly).Select(f => f.JsonName)];

    public static readonly IReadOnlyList<string> RequiredOnCreate =
        [.. EventContract.Fields.Where(f => f.RequiredOnCreate).Select(f => f.JsonName)];

    /// <summary>The properties neither a create nor an update may name besides the server-set ones: the id, on update.</summary>
    public static readonly IReadOnlyList<string> SetOnCreateProperties =
        [.. EventContract.Fields.Where(f => f.Access == EventFieldAccess.SetOnCreate).Select(f => f.JsonName)];

    public static void Apply(OpenApiSchema eventSchema)
    {
        ArgumentNullException.ThrowIfNull(eventSchema);
        foreach (var field in EventContract.Fields)
        {
            Apply(ModelSchemas.Property(eventSchema, field.JsonName), field);
        }
    }

    /// <summary>The id rule, for the event's property and the <c>{eventId}</c> path parameter alike.</summary>
    public static void ApplyEventId(OpenApiSchema schema) => Apply(schema, EventContract.EventId);

    /// <summary>One field's type, limits, pattern, format, read-only flag, example and description.</summary>
    public static void Apply(OpenApiSchema schema, EventFieldDefinition field)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(field);
        var isInteger = field.Kind is EventFieldKind.IntegerRange or EventFieldKind.Version;
        var isText = field.Kind is EventFieldKind.OneLineText or EventFieldKind.Text;
        schema.Type = isInteger ? JsonSchemaType.Integer : JsonSchemaType.String;
        schema.Format = field.Format ?? schema.Format;
        if (isInteger)
        {
            schema.Minimum = Format(field.Minimum);
            schema.Maximum = Format(field.Maximum);
        }
        else
        {
            schema.MinLength = field.Minimum;
            schema.MaxLength = field.Maximum;
        }

        schema.Pattern = field.Pattern ?? (isText ? NotBlankPattern : null);
        schema.ReadOnly = field.ReadOnly;
        schema.Examples = [JsonNode.Parse(field.ExampleJson)!];
        schema.Description = Describe(field, isText);
    }

    private static string Describe(EventFieldDefinition field, bool isText)
    {
        var text = field.Description;
        if (field.Rule is { } rule)
        {
            // JSON Schema's minLength/maxLength count code points; the validator counts UTF-16 code units (an emoji is two).
            text += isText ? $" {rule} (UTF-16 code units), not blank." : $" {rule}.";
        }

        if (field.DefaultValue is { } defaultValue)
        {
            text += $" {defaultValue} unless given.";
        }

        if (field.Kind == EventFieldKind.Timestamp)
        {
            text += $" UTC with milliseconds, e.g. {JsonNode.Parse(field.ExampleJson)!.GetValue<string>()}.";
        }

        return field.ReadOnly ? "Server-set. " + text : text;
    }

    private static string? Format(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}

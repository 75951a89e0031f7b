using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.OpenApi;

/// <summary>
/// The event rules of the HTTP contract (DESIGN.md) that a JSON schema exported from the C# type cannot know:
/// lengths, the id pattern, the capacity range, non-blank text, server-set fields being read-only.
/// </summary>
internal static class EventConstraints
{
    public const string EventIdPattern = "^[A-Za-z0-9._~-]+$";

    /// <summary>At least one character that is not white space: blank strings are rejected.</summary>
    public const string NotBlankPattern = @"\S";

    public static readonly IReadOnlyList<string> ServerSetProperties = ["createdAt", "updatedAt", "version"];

    public static readonly IReadOnlyList<string> RequiredOnCreate =
        ["title", "description", "date", "location", "capacity", "organizer"];

    public static void Apply(OpenApiSchema eventSchema)
    {
        ArgumentNullException.ThrowIfNull(eventSchema);
        ApplyEventId(ModelSchemas.Property(eventSchema, "eventId"));
        Text(eventSchema, "title", 200, "The event's name.");
        Text(eventSchema, "description", 1000, "What the event is about.");
        Text(eventSchema, "location", 200, "Where it takes place.");
        Text(eventSchema, "organizer", 200, "Who organizes it.");

        var date = ModelSchemas.Property(eventSchema, "date");
        date.Type = JsonSchemaType.String;
        date.Format = "date";
        date.Pattern = @"^\d{4}-\d{2}-\d{2}$";
        date.Description = "A real calendar date, YYYY-MM-DD.";

        var capacity = ModelSchemas.Property(eventSchema, "capacity");
        capacity.Type = JsonSchemaType.Integer;
        capacity.Minimum = "1";
        capacity.Maximum = "1000000";
        capacity.Description = "How many people can attend.";

        var status = ModelSchemas.Property(eventSchema, "status");
        status.Type = JsonSchemaType.String;
        status.Description = $"Where the event is in its life; {EventStatusNames.ToWire(EventRequestValidator.DefaultStatus)} unless given.";

        foreach (var name in new[] { "createdAt", "updatedAt" })
        {
            var timestamp = ModelSchemas.Property(eventSchema, name);
            timestamp.Type = JsonSchemaType.String;
            timestamp.Format = "date-time";
            timestamp.ReadOnly = true;
            timestamp.Description = "Server-set, UTC with milliseconds, e.g. 2026-11-22T01:00:00.000Z.";
        }

        var version = ModelSchemas.Property(eventSchema, "version");
        version.Type = JsonSchemaType.Integer;
        version.Minimum = "1";
        version.ReadOnly = true;
        version.Description = "Server-set; starts at 1 and grows with every update. The ETag is its quoted value.";
    }

    /// <summary>The id rule, for the event's property and the <c>{eventId}</c> path parameter alike.</summary>
    public static void ApplyEventId(OpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        schema.Type = JsonSchemaType.String;
        schema.MinLength = 1;
        schema.MaxLength = 100;
        schema.Pattern = EventIdPattern;
        schema.Description = "1-100 characters of A-Z, a-z, 0-9, '.', '_', '~', '-'.";
    }

    private static void Text(OpenApiSchema eventSchema, string name, int maxLength, string description)
    {
        var schema = ModelSchemas.Property(eventSchema, name);
        schema.Type = JsonSchemaType.String;
        schema.MinLength = 1;
        schema.MaxLength = maxLength;
        schema.Pattern = NotBlankPattern;
        schema.Description = $"{description} 1-{maxLength} characters, not blank.";
    }
}

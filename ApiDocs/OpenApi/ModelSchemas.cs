using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Model;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace EventFunctions.ApiDocs.OpenApi;

/// <summary>
/// The body schemas, from the functions' own source-generated JSON contracts through <see cref="JsonSchemaExporter"/>,
/// completed with the validation rules the exporter cannot see (<see cref="EventConstraints"/>).
/// </summary>
internal static class ModelSchemas
{
    public const string Event = "Event";
    public const string NewEvent = "NewEvent";
    public const string EventChanges = "EventChanges";
    public const string ProblemDetails = "ProblemDetails";

    /// <summary>The component schema of each type a manifest names as a body.</summary>
    private static readonly Dictionary<string, string> ByType = new(StringComparer.Ordinal)
    {
        [typeof(Event).FullName!] = Event,
        [typeof(NewEvent).FullName!] = NewEvent,
        [typeof(EventChanges).FullName!] = EventChanges,
        [typeof(ProblemDetails).FullName!] = ProblemDetails,
    };

    private static readonly JsonSchemaExporterOptions ExporterOptions = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = DescribeCustomConverterShapes,
    };

    public static void AddTo(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal);
        var schemas = document.Components.Schemas;
        schemas[Event] = EventSchema(document);
        schemas[NewEvent] = NewEventSchema(document);
        schemas[EventChanges] = EventChangesSchema(document);
        schemas[ProblemDetails] = Export(AnnotationsJsonContext.Default.ProblemDetails, document);
        ((OpenApiSchema)schemas[ProblemDetails]).Description =
            "An RFC 9457 problem (application/problem+json). For 422, errors names each invalid field.";
    }

    /// <summary>The schema of a body type the manifest names; a type without one fails the build that writes the document.</summary>
    public static OpenApiSchemaReference Reference(string typeName, OpenApiDocument document) =>
        ByType.TryGetValue(typeName, out var name)
            ? new(name, document)
            : throw new InvalidOperationException($"No schema documents body type '{typeName}'; add it to {nameof(ModelSchemas)}.");

    /// <summary>
    /// A request body that works as is, for Swagger UI's Try it out: the README walkthrough's event on create, its
    /// update on update. Swagger UI would otherwise make one up from the schema (a date from the pattern: 5024-60-40).
    /// </summary>
    public static JsonNode? Example(string typeName) => ByType.GetValueOrDefault(typeName) switch
    {
        NewEvent => new JsonObject(EventContract.Fields
            .Where(f => f.Access == EventFieldAccess.SetOnCreate || f.RequiredOnCreate)
            .Select(f => KeyValuePair.Create(f.JsonName, JsonNode.Parse(f.ExampleJson)))),
        EventChanges => new JsonObject
        {
            [EventContract.Capacity.JsonName] = 600,
            [EventContract.Status.JsonName] = EventStatusNames.Active,
        },
        _ => null,
    };

    private static OpenApiSchema EventSchema(OpenApiDocument document)
    {
        var schema = Export(FunctionsJsonContext.Default.Event, document);
        schema.Description = "A stored event.";
        EventConstraints.Apply(schema);
        return schema;
    }

    private static OpenApiSchema NewEventSchema(OpenApiDocument document)
    {
        var schema = Export(FunctionsJsonContext.Default.Event, document);
        schema.Description = "A new event. Unknown and server-set properties are rejected.";
        EventConstraints.Apply(schema);
        RemoveProperties(schema, EventConstraints.ServerSetProperties);
        schema.Required = new HashSet<string>(EventConstraints.RequiredOnCreate, StringComparer.Ordinal);
        schema.AdditionalPropertiesAllowed = false;
        Property(schema, EventContract.EventId.JsonName).Description += " Generated (a UUID) when omitted.";
        foreach (var field in EventContract.Fields)
        {
            if (field.DefaultValue is { } defaultValue)
            {
                Property(schema, field.JsonName).Default = JsonValue.Create(defaultValue);
            }
        }
        return schema;
    }

    private static OpenApiSchema EventChangesSchema(OpenApiDocument document)
    {
        var schema = Export(FunctionsJsonContext.Default.Event, document);
        schema.Description = "A partial update: any non-empty subset of the mutable fields.";
        EventConstraints.Apply(schema);
        RemoveProperties(schema, [.. EventConstraints.ServerSetProperties, .. EventConstraints.SetOnCreateProperties]);
        schema.Required = new HashSet<string>(StringComparer.Ordinal);
        schema.MinProperties = 1;
        schema.AdditionalPropertiesAllowed = false;
        return schema;
    }

    private static OpenApiSchema Export(JsonTypeInfo typeInfo, OpenApiDocument document)
    {
        var json = JsonSchemaExporter.GetJsonSchemaAsNode(typeInfo, ExporterOptions).ToJsonString();
        var schema = OpenApiModelFactory.Parse<OpenApiSchema>(json, OpenApiSpecVersion.OpenApi3_1, document, out var diagnostic, "json");
        return schema is not null && diagnostic.Errors.Count == 0
            ? schema
            : throw new InvalidOperationException(
                $"The exported schema of {typeInfo.Type.Name} is not an OpenAPI schema: "
                + string.Join("; ", diagnostic.Errors.Select(e => e.Message)));
    }

    /// <summary>
    /// A custom converter hides the JSON shape from the exporter, which then writes <c>true</c> (any value).
    /// The model's converters write timestamps as strings and enums by their <c>JsonStringEnumMemberName</c>.
    /// </summary>
    private static JsonNode DescribeCustomConverterShapes(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema.GetValueKind() != JsonValueKind.True)
        {
            return schema;
        }

        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime))
        {
            return new JsonObject { ["type"] = "string", ["format"] = "date-time" };
        }

        if (type.IsEnum)
        {
            var names = type.GetFields(BindingFlags.Public | BindingFlags.Static)
                .Select(field => field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);
            return new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. names.Select(n => JsonValue.Create(n))]) };
        }

        return schema;
    }

    internal static OpenApiSchema Property(OpenApiSchema schema, string name) =>
        schema.Properties?.TryGetValue(name, out var property) == true && property is OpenApiSchema concrete
            ? concrete
            : throw new InvalidOperationException($"The event schema has no property '{name}'.");

    private static void RemoveProperties(OpenApiSchema schema, IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            schema.Properties?.Remove(name);
            schema.Required?.Remove(name);
        }
    }
}

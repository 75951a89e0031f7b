using EventFunctions.Annotations.Authorization;

namespace EventFunctions.Model;

/// <summary>
/// The event contract of DESIGN.md, declared once: one entry per field, in the order of the response body. The body
/// validator and its messages, the OpenAPI constraints, the JSON property names and the DynamoDB attribute names all
/// read these entries; adding a field starts here.
/// </summary>
public static class EventContract
{
    public static readonly EventFieldDefinition EventId = new(
        EventFields.EventId, "eventId", EventFieldKind.Id, EventFieldAccess.SetOnCreate,
        "The event's id.", "\"evt-tech-conf-2024\"",
        minimum: 1, maximum: 100, characterClass: "A-Za-z0-9._~-");

    public static readonly EventFieldDefinition Title = new(
        EventFields.Title, "title", EventFieldKind.OneLineText, EventFieldAccess.Mutable,
        "The event's name.", "\"Tech Conference 2024\"", requiredOnCreate: true, minimum: 1, maximum: 200);

    public static readonly EventFieldDefinition Description = new(
        EventFields.Description, "description", EventFieldKind.Text, EventFieldAccess.Mutable,
        "What the event is about.", "\"Annual technology conference\"", requiredOnCreate: true, minimum: 1, maximum: 1000);

    public static readonly EventFieldDefinition Date = new(
        EventFields.Date, "date", EventFieldKind.Date, EventFieldAccess.Mutable,
        "A real calendar date, YYYY-MM-DD.", "\"2024-12-15\"", requiredOnCreate: true,
        pattern: @"^\d{4}-\d{2}-\d{2}$", format: "date");

    public static readonly EventFieldDefinition Location = new(
        EventFields.Location, "location", EventFieldKind.OneLineText, EventFieldAccess.Mutable,
        "Where it takes place.", "\"San Francisco, CA\"", requiredOnCreate: true, minimum: 1, maximum: 200);

    public static readonly EventFieldDefinition Capacity = new(
        EventFields.Capacity, "capacity", EventFieldKind.IntegerRange, EventFieldAccess.Mutable,
        "How many people can attend.", "500", requiredOnCreate: true, minimum: 1, maximum: 1_000_000);

    public static readonly EventFieldDefinition Organizer = new(
        EventFields.Organizer, "organizer", EventFieldKind.OneLineText, EventFieldAccess.Mutable,
        "Who organizes it.", "\"Tech Corp\"", requiredOnCreate: true, minimum: 1, maximum: 200);

    public static readonly EventFieldDefinition Status = new(
        EventFields.Status, "status", EventFieldKind.Status, EventFieldAccess.Mutable,
        "Where the event is in its life;", "\"scheduled\"", defaultValue: EventStatusNames.Scheduled);

    public static readonly EventFieldDefinition CreatedAt = new(
        EventFields.CreatedAt, "createdAt", EventFieldKind.Timestamp, EventFieldAccess.ServerSet,
        "When the event was created.", "\"2026-11-22T03:29:07.128Z\"", format: "date-time");

    public static readonly EventFieldDefinition UpdatedAt = new(
        EventFields.UpdatedAt, "updatedAt", EventFieldKind.Timestamp, EventFieldAccess.ServerSet,
        "When the event last changed.", "\"2026-11-22T03:29:07.128Z\"", format: "date-time");

    public static readonly EventFieldDefinition Version = new(
        EventFields.Version, "version", EventFieldKind.Version, EventFieldAccess.ServerSet,
        "Starts at 1 and grows with every update. The ETag is its quoted value.", "1", minimum: 1);

    public static readonly EventFieldDefinition CreatedBy = new(
        EventFields.CreatedBy, "createdBy", EventFieldKind.Caller, EventFieldAccess.ServerSet,
        "Who created the event, as the API's authorizer identified them: the Cognito username, or the IAM ARN; absent when the API has no authorizer.",
        "\"alice\"", minimum: 1, maximum: Caller.MaxLength);

    public static readonly EventFieldDefinition UpdatedBy = new(
        EventFields.UpdatedBy, "updatedBy", EventFieldKind.Caller, EventFieldAccess.ServerSet,
        "Who made the event's last change (its creation, until an update), as createdBy; absent when that change had no authorizer.",
        "\"alice\"", minimum: 1, maximum: Caller.MaxLength);

    private static readonly EventFieldDefinition[] AllFields =
        [EventId, Title, Description, Date, Location, Capacity, Organizer, Status, CreatedAt, UpdatedAt, Version, CreatedBy, UpdatedBy];

    /// <summary>Every field, in the order of the response body.</summary>
    public static IReadOnlyList<EventFieldDefinition> Fields { get; } = Array.AsReadOnly(AllFields);

    /// <summary><see cref="Fields"/> for the warm path: a span enumerates without allocating an enumerator.</summary>
    internal static ReadOnlySpan<EventFieldDefinition> FieldSpan => AllFields;

    /// <summary><c>GET /events</c>'s <c>limit</c>: the page size.</summary>
    public static QueryParameterDefinition Limit { get; } = new("limit", "Page size", Minimum: 1, Maximum: 1000, Default: 100);

    /// <summary>What an update may change.</summary>
    internal static EventFields MutableFields { get; } = Combine(EventFieldAccess.Mutable);

    /// <summary>Set by the server only.</summary>
    internal static EventFields ServerSetFields { get; } = Combine(EventFieldAccess.ServerSet);

    /// <summary>The definition of a single field.</summary>
    internal static EventFieldDefinition Of(EventFields field)
    {
        foreach (var definition in FieldSpan)
        {
            if (definition.Flag == field)
            {
                return definition;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(field), field, "Not a single event property.");
    }

    private static EventFields Combine(EventFieldAccess access)
    {
        var fields = EventFields.None;
        foreach (var definition in FieldSpan)
        {
            fields |= definition.Access == access ? definition.Flag : EventFields.None;
        }

        return fields;
    }
}

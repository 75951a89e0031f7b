using System.Text.Json;
using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Model;

/// <summary>
/// Strict validation of the JSON bodies of <c>POST /events</c> and <c>PUT /events/{eventId}</c>, walking the
/// parsed <see cref="JsonElement"/> once by hand (no reflection). Every broken rule is reported, keyed by the
/// camelCase property name (<c>"body"</c> for the body as a whole), ready for a 422 problem's <c>errors</c>.
/// </summary>
public static class EventRequestValidator
{
    /// <summary>The status of a created event whose body gives none.</summary>
    public static readonly EventStatus DefaultStatus = ParseDefaultStatus();

    /// <summary>A create body: all fields but <c>eventId</c> (generated when omitted) and <c>status</c> (default scheduled) required.</summary>
    public static ValidationResult<NewEvent> ValidateCreate(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new ValidationResult<NewEvent>(null, NotAnObject());
        }

        var errors = new ValidationErrors();
        var fields = EventBody.Read(body, eventIdAllowed: true, errors);
        foreach (var definition in EventContract.FieldSpan)
        {
            if (definition.RequiredOnCreate && (fields.Present & definition.Flag) == 0)
            {
                errors.Add(definition.JsonName, ValidationMessages.Required);
            }
        }

        if (errors.IsEmpty && fields is
            {
                Title: { } title, Description: { } description, Date: { } date, Location: { } location,
                Capacity: { } capacity, Organizer: { } organizer,
            })
        {
            return new ValidationResult<NewEvent>(
                new NewEvent
                {
                    EventId = fields.EventId ?? EventIds.NewId(IdempotencyScope.Current),
                    Title = title,
                    Description = description,
                    Date = date,
                    Location = location,
                    Capacity = capacity,
                    Organizer = organizer,
                    Status = fields.Status ?? DefaultStatus,
                },
                errors.ToDictionary());
        }

        return new ValidationResult<NewEvent>(null, errors.ToDictionary());
    }

    /// <summary>An update body: any non-empty subset of the mutable fields; <c>eventId</c> and server-set fields are read-only.</summary>
    public static ValidationResult<EventChanges> ValidateUpdate(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return new ValidationResult<EventChanges>(null, NotAnObject());
        }

        var errors = new ValidationErrors();
        var fields = EventBody.Read(body, eventIdAllowed: false, errors);
        if ((fields.Present & EventContract.MutableFields) == 0)
        {
            errors.Add(ValidationMessages.BodyKey, ValidationMessages.NothingToUpdate);
        }

        if (!errors.IsEmpty)
        {
            return new ValidationResult<EventChanges>(null, errors.ToDictionary());
        }

        return new ValidationResult<EventChanges>(
            new EventChanges
            {
                Title = fields.Title,
                Description = fields.Description,
                Date = fields.Date,
                Location = fields.Location,
                Capacity = fields.Capacity,
                Organizer = fields.Organizer,
                Status = fields.Status,
            },
            errors.ToDictionary());
    }

    private static EventStatus ParseDefaultStatus() =>
        EventStatusNames.TryParse(EventContract.Status.DefaultValue, out var status)
            ? status
            : throw new InvalidOperationException("EventContract.Status.DefaultValue is not a status name.");

    /// <summary>Built per call: the message arrays are mutable, so no instance is shared between requests.</summary>
    private static IReadOnlyDictionary<string, string[]> NotAnObject()
    {
        var errors = new ValidationErrors();
        errors.Add(ValidationMessages.BodyKey, ValidationMessages.BodyNotObject);
        return errors.ToDictionary();
    }
}

using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>What one pass over a create or update body found: which event properties it named, and their values where valid.</summary>
internal struct EventBody
{
    /// <summary>Unknown properties are named in the errors up to this many; the rest are only counted.</summary>
    public const int MaxReportedUnknownProperties = 20;

    public EventFields Present;
    public string? EventId;
    public string? Title;
    public string? Description;
    public DateOnly? Date;
    public string? Location;
    public int? Capacity;
    public string? Organizer;
    public EventStatus? Status;

    /// <summary>
    /// Reads <paramref name="body"/> (a JSON object) once, adding every broken rule to <paramref name="errors"/>.
    /// <paramref name="eventIdAllowed"/>: create may choose the id; on update it is read-only.
    /// </summary>
    public static EventBody Read(JsonElement body, bool eventIdAllowed, ValidationErrors errors)
    {
        var result = default(EventBody);
        var unknown = 0;
        foreach (var property in body.EnumerateObject())
        {
            var field = EventPropertyNames.Classify(property);
            result.Present |= field;
            var value = property.Value;
            switch (field)
            {
                case EventFields.EventId when eventIdAllowed:
                    result.EventId = EventIdRule.Read(value, errors);
                    break;
                case EventFields.EventId:
                    errors.Add(EventContract.EventId.JsonName, ValidationMessages.EventIdReadOnly);
                    break;
                case EventFields.Title:
                    result.Title = TextRule.Read(value, EventContract.Title, errors);
                    break;
                case EventFields.Description:
                    result.Description = TextRule.Read(value, EventContract.Description, errors);
                    break;
                case EventFields.Date:
                    result.Date = DateRule.Read(value, errors);
                    break;
                case EventFields.Location:
                    result.Location = TextRule.Read(value, EventContract.Location, errors);
                    break;
                case EventFields.Capacity:
                    result.Capacity = CapacityRule.Read(value, errors);
                    break;
                case EventFields.Organizer:
                    result.Organizer = TextRule.Read(value, EventContract.Organizer, errors);
                    break;
                case EventFields.Status:
                    result.Status = StatusRule.Read(value, errors);
                    break;
                case EventFields.CreatedAt or EventFields.UpdatedAt or EventFields.Version or EventFields.CreatedBy or EventFields.UpdatedBy:
                    errors.Add(EventPropertyNames.NameOf(field), ValidationMessages.ServerSet);
                    break;
                default:
                    if (++unknown <= MaxReportedUnknownProperties)
                    {
                        errors.Add(PropertyNameDisplay.For(property), ValidationMessages.Unrecognised);
                    }

                    break;
            }
        }

        if (unknown > MaxReportedUnknownProperties)
        {
            errors.Add(
                ValidationMessages.BodyKey,
                ValidationMessages.MoreUnrecognised(unknown - MaxReportedUnknownProperties, MaxReportedUnknownProperties));
        }

        return result;
    }
}

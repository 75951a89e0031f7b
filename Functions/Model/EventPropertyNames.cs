using System.Runtime.InteropServices;
using System.Text.Json;

namespace EventFunctions.Model;

/// <summary>The camelCase JSON names of the event properties, and matching a body's property to one of them.</summary>
internal static class EventPropertyNames
{
    public const string EventId = "eventId";
    public const string Title = "title";
    public const string Description = "description";
    public const string Date = "date";
    public const string Location = "location";
    public const string Capacity = "capacity";
    public const string Organizer = "organizer";
    public const string Status = "status";
    public const string CreatedAt = "createdAt";
    public const string UpdatedAt = "updatedAt";
    public const string Version = "version";

    /// <summary>The longest name above, in UTF-8 bytes.</summary>
    private const int MaxNameBytes = 11;

    /// <summary>Which event property <paramref name="property"/> names (case-sensitive), or <see cref="EventFields.None"/>.</summary>
    public static EventFields Classify(JsonProperty property)
    {
        var name = JsonMarshal.GetRawUtf8PropertyName(property);
        if (!name.Contains((byte)'\\'))
        {
            return Classify(name);
        }

        Span<byte> buffer = stackalloc byte[MaxNameBytes];
        return JsonStrings.TryGetName(property, buffer, out var unescaped) ? Classify(unescaped) : EventFields.None;
    }

    /// <summary>Which event property an unescaped UTF-8 name is, or <see cref="EventFields.None"/>.</summary>
    public static EventFields Classify(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 when name.SequenceEqual("date"u8) => EventFields.Date,
        5 when name.SequenceEqual("title"u8) => EventFields.Title,
        6 when name.SequenceEqual("status"u8) => EventFields.Status,
        7 when name.SequenceEqual("eventId"u8) => EventFields.EventId,
        7 when name.SequenceEqual("version"u8) => EventFields.Version,
        8 when name.SequenceEqual("location"u8) => EventFields.Location,
        8 when name.SequenceEqual("capacity"u8) => EventFields.Capacity,
        9 when name.SequenceEqual("organizer"u8) => EventFields.Organizer,
        9 when name.SequenceEqual("createdAt"u8) => EventFields.CreatedAt,
        9 when name.SequenceEqual("updatedAt"u8) => EventFields.UpdatedAt,
        11 when name.SequenceEqual("description"u8) => EventFields.Description,
        _ => EventFields.None,
    };

    /// <summary>The JSON name of a single field.</summary>
    public static string NameOf(EventFields field) => field switch
    {
        EventFields.EventId => EventId,
        EventFields.Title => Title,
        EventFields.Description => Description,
        EventFields.Date => Date,
        EventFields.Location => Location,
        EventFields.Capacity => Capacity,
        EventFields.Organizer => Organizer,
        EventFields.Status => Status,
        EventFields.CreatedAt => CreatedAt,
        EventFields.UpdatedAt => UpdatedAt,
        EventFields.Version => Version,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a single event property."),
    };
}

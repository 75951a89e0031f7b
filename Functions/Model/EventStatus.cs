using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>Where an event is in its life. Serialized lowercase, as the API and the table store it.</summary>
[JsonConverter(typeof(EventStatusJsonConverter))]
public enum EventStatus
{
    [JsonStringEnumMemberName("scheduled")]
    Scheduled,

    [JsonStringEnumMemberName("active")]
    Active,

    [JsonStringEnumMemberName("cancelled")]
    Cancelled,

    [JsonStringEnumMemberName("completed")]
    Completed,
}

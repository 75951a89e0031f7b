using System.Text.Json.Serialization;

namespace EventFunctions.Model;

/// <summary>Where an event is in its life. Its names are <see cref="EventStatusNames"/>, in the body, the query and the table.</summary>
[JsonConverter(typeof(EventStatusJsonConverter))]
public enum EventStatus
{
    [JsonStringEnumMemberName(EventStatusNames.Scheduled)]
    Scheduled,

    [JsonStringEnumMemberName(EventStatusNames.Active)]
    Active,

    [JsonStringEnumMemberName(EventStatusNames.Cancelled)]
    Cancelled,

    [JsonStringEnumMemberName(EventStatusNames.Completed)]
    Completed,
}

using System.Reflection;
using System.Text.Json.Serialization;
using EventFunctions.Model;

namespace EventFunctions.Tests.Model;

/// <summary>The one spelling of the statuses agrees with the enum's JSON names, which the generator and the OpenAPI document read.</summary>
[Trait("Category", "Unit")]
public sealed class EventStatusNamesTests
{
    public static TheoryData<EventStatus> Statuses => [.. Enum.GetValues<EventStatus>()];

    [Theory]
    [MemberData(nameof(Statuses))]
    public void ToWire_EveryStatus_IsItsJsonStringEnumMemberName(EventStatus status)
    {
        var attribute = typeof(EventStatus).GetField(status.ToString())!.GetCustomAttribute<JsonStringEnumMemberNameAttribute>();

        Assert.Equal(attribute?.Name, EventStatusNames.ToWire(status));
    }

    [Fact]
    public void All_Always_IsEveryStatusNameInEnumOrder() =>
        Assert.Equal(Enum.GetValues<EventStatus>().Select(EventStatusNames.ToWire), EventStatusNames.All);

    [Theory]
    [MemberData(nameof(Statuses))]
    public void TryParse_EveryStatusName_GivesThatStatus(EventStatus status)
    {
        Assert.True(EventStatusNames.TryParse(EventStatusNames.ToWire(status), out var parsed));
        Assert.Equal(status, parsed);
    }

    [Theory]
    [MemberData(nameof(Statuses))]
    public void TryParse_NameInUppercase_IsRejected(EventStatus status) =>
        Assert.False(EventStatusNames.TryParse(EventStatusNames.ToWire(status).ToUpperInvariant(), out _));
}

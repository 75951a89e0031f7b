using System.Text.Json;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Model;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// One-event responses are written by <see cref="EventJsonWriter"/>; <see cref="FunctionsJsonContext"/> defines the
/// JSON. For any event both must write the same bytes.
/// </summary>
[Trait("Category", "Unit")]
public sealed class EventJsonWriterTests(ITestOutputHelper output)
{
    private static Gen<DateTimeOffset> Timestamps { get; } =
        from seconds in Gen.Choose(0, int.MaxValue)
        from milliseconds in Gen.Choose(0, 999)
        from offsetMinutes in Gen.Elements(0, 60, -330, 840)
        select DateTimeOffset.UnixEpoch.AddSeconds(seconds).AddMilliseconds(milliseconds).ToOffset(TimeSpan.FromMinutes(offsetMinutes));

    private static readonly Gen<Event> Events =
        from eventId in HostileValues.Text
        from title in HostileValues.Text
        from description in HostileValues.Text
        from dayNumber in Gen.Choose(DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber)
        from location in HostileValues.Text
        from capacity in Gen.Choose(int.MinValue, int.MaxValue)
        from organizer in HostileValues.Text
        from status in Gen.Elements(Enum.GetValues<EventStatus>())
        from created in Timestamps
        from updated in Timestamps
        from version in Gen.Choose(0, int.MaxValue).Select(v => (long)v * v)
        select new Event
        {
            EventId = eventId,
            Title = title,
            Description = description,
            Date = DateOnly.FromDayNumber(dayNumber),
            Location = location,
            Capacity = capacity,
            Organizer = organizer,
            Status = status,
            CreatedAt = created,
            UpdatedAt = updated,
            Version = version,
        };

    [Fact]
    public void AnyEvent_IsWrittenAsTheFunctionsJsonContractWritesIt()
    {
        PropertyRun.Check(
            Events,
            value => Task.FromResult(
                Written(value, EventJsonWriter.Write) == JsonSerializer.Serialize(value, FunctionsJsonContext.Default.Event)),
            output,
            "event writer agrees with the functions' JSON contract",
            count: 2000);
    }

    [Fact]
    public void AnyPageOfEvents_IsWrittenAsTheFunctionsJsonContractWritesIt()
    {
        PropertyRun.Check(
            Gen.ListOf(Events).Select(events => (IReadOnlyList<Event>)[.. events]),
            page => Task.FromResult(
                Written(page, EventJsonWriter.WriteList) == JsonSerializer.Serialize(page, FunctionsJsonContext.Default.IReadOnlyListEvent)),
            output,
            "event page writer agrees with the functions' JSON contract",
            count: 300);
    }

    /// <summary>The body of the 200 a function answers with <paramref name="value"/>: the writer's output as the runtime uses it.</summary>
    private static string Written<T>(T value, Action<Utf8JsonWriter, T> write) =>
        HttpResults.Ok(value, write)
            .ToProxyResponse(new() { SerializerOptions = new(() => throw new InvalidOperationException("The writer needs no serializer options.")) })
            .Body!;
}

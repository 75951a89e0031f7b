using System.Text.Json;
using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Contract;

/// <summary>An event at the contract's limits survives the item mapping and DynamoDB (dynalite) unchanged.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class StoredContractTests(DynaliteFixture dynalite)
{
    public static TheoryData<bool> Ends() => new() { true, false };

    [Theory]
    [MemberData(nameof(Ends))]
    public async Task CreateThenGet_EventAtTheLimits_ReadsBackEqual(bool atMaximum)
    {
        var store = await dynalite.CreateStoreAsync(new ManualTimeProvider(EventSamples.Now));
        var draft = AtLimits(atMaximum);

        var created = await store.CreateAsync(draft);
        var read = await store.GetAsync(draft.EventId);

        Assert.Equal(WriteStatus.Succeeded, created.Status);
        Assert.Equal(created.Event, read);
        Assert.Equal(
            (draft.EventId, draft.Title, draft.Description, draft.Location, draft.Capacity, draft.Organizer, draft.CreatedBy, draft.CreatedBy),
            (read!.EventId, read.Title, read.Description, read.Location, read.Capacity, read.Organizer, read.CreatedBy, read.UpdatedBy));
    }

    [Fact]
    public void ToItem_AnyEvent_NamesExactlyTheContractAttributes()
    {
        var item = EventItemMapper.ToItem(EventSamples.Stored() with { CreatedBy = "alice", UpdatedBy = "bob" });

        Assert.Equal(
            EventContract.Fields.Select(f => f.AttributeName).Order(StringComparer.Ordinal),
            item.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Serialize_AnyEvent_WritesExactlyTheContractNamesInOrder()
    {
        var json = JsonSerializer.SerializeToElement(EventSamples.Stored() with { CreatedBy = "alice", UpdatedBy = "bob" }, FunctionsJsonContext.Default.Event);

        Assert.Equal(EventContract.Fields.Select(f => f.JsonName), json.EnumerateObject().Select(p => p.Name));
    }

    /// <summary>Every limited field at its minimum or maximum length or value; other fields as in the samples.</summary>
    private static NewEvent AtLimits(bool atMaximum)
    {
        string Text(EventFieldDefinition field) =>
            ContractBoundaries.Text(atMaximum ? field.Maximum!.Value : field.Minimum!.Value);

        return EventSamples.Draft(eventId: Text(EventContract.EventId)) with
        {
            Title = Text(EventContract.Title),
            Description = Text(EventContract.Description),
            Location = Text(EventContract.Location),
            Capacity = atMaximum ? EventContract.Capacity.Maximum!.Value : EventContract.Capacity.Minimum!.Value,
            Organizer = Text(EventContract.Organizer),
            CreatedBy = Text(EventContract.CreatedBy),
        };
    }
}

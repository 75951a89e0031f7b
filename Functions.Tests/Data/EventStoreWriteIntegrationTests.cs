using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Data;

/// <summary>Create/get/update/delete against dynalite.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class EventStoreWriteIntegrationTests(DynaliteFixture dynalite)
{
    private readonly ManualTimeProvider _clock = new(EventSamples.Now);

    [Fact]
    public async Task Create_NewId_StoresEventReadableByGet()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        var created = await store.CreateAsync(EventSamples.Draft());

        Assert.Equal(WriteResult.Success(EventSamples.Stored()), created);
        Assert.Equal(EventSamples.Stored(), await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Create_SameIdTwice_ReturnsAlreadyExistsAndKeepsTheFirst()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        var second = await store.CreateAsync(EventSamples.Draft() with { Title = "Impostor" });

        Assert.Equal(WriteResult.AlreadyExists, second);
        Assert.Equal(EventSamples.Stored(), await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Get_MissingId_ReturnsNull()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task Update_GivenFields_ChangesOnlyThoseAndBumpsVersionAndUpdatedAt()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());
        _clock.Advance(TimeSpan.FromMinutes(5));

        var result = await store.UpdateAsync(
            "evt-1", new EventChanges { Capacity = 750, Status = EventStatus.Active }, null);

        var expected = EventSamples.Stored() with
        {
            Capacity = 750,
            Status = EventStatus.Active,
            UpdatedAt = EventSamples.NowInMilliseconds.AddMinutes(5),
            Version = 2,
        };
        Assert.Equal(WriteResult.Success(expected), result);
        Assert.Equal(expected, await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Update_CurrentExpectedVersion_Succeeds()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        var result = await store.UpdateAsync("evt-1", new EventChanges { Title = "Renamed" }, 1);

        Assert.Equal(WriteStatus.Succeeded, result.Status);
        Assert.Equal(("Renamed", 2L), (result.Event!.Title, result.Event.Version));
    }

    [Fact]
    public async Task Update_MissingId_ReturnsNotFound()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        var result = await store.UpdateAsync("missing", new EventChanges { Title = "x" }, null);

        Assert.Equal(WriteResult.NotFound, result);
    }

    [Fact]
    public async Task Update_MissingIdWithExpectedVersion_ReturnsNotFound()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        var result = await store.UpdateAsync("missing", new EventChanges { Title = "x" }, 1);

        Assert.Equal(WriteResult.NotFound, result);
    }

    [Fact]
    public async Task Update_MissingId_DoesNotCreateTheItem()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        await store.UpdateAsync("missing", new EventChanges { Title = "x" }, null);

        Assert.Null(await store.GetAsync("missing"));
    }

    [Fact]
    public async Task Update_StaleVersion_ReturnsVersionMismatchAndChangesNothing()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());
        var current = (await store.UpdateAsync("evt-1", new EventChanges { Title = "Second" }, 1)).Event;

        var result = await store.UpdateAsync("evt-1", new EventChanges { Title = "Lost update" }, 1);

        Assert.Equal(WriteResult.VersionMismatch, result);
        Assert.Equal(current, await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Delete_Existing_ReturnsTheDeletedEventAndRemovesIt()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        var result = await store.DeleteAsync("evt-1", null);

        Assert.Equal(WriteResult.Success(EventSamples.Stored()), result);
        Assert.Null(await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Delete_CurrentExpectedVersion_Succeeds()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        var result = await store.DeleteAsync("evt-1", 1);

        Assert.Equal(WriteStatus.Succeeded, result.Status);
        Assert.Null(await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Delete_MissingId_ReturnsNotFound()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        Assert.Equal(WriteResult.NotFound, await store.DeleteAsync("missing", null));
    }

    [Fact]
    public async Task Delete_MissingIdWithExpectedVersion_ReturnsNotFound()
    {
        var store = await dynalite.CreateStoreAsync(_clock);

        Assert.Equal(WriteResult.NotFound, await store.DeleteAsync("missing", 3));
    }

    [Fact]
    public async Task Delete_StaleVersion_ReturnsVersionMismatchAndKeepsTheItem()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        var result = await store.DeleteAsync("evt-1", 7);

        Assert.Equal(WriteResult.VersionMismatch, result);
        Assert.Equal(EventSamples.Stored(), await store.GetAsync("evt-1"));
    }

    [Fact]
    public async Task Update_StatusAndDate_MovesTheEventInTheStatusIndex()
    {
        var store = await dynalite.CreateStoreAsync(_clock);
        await store.CreateAsync(EventSamples.Draft());

        await store.UpdateAsync(
            "evt-1", new EventChanges { Status = EventStatus.Completed, Date = new DateOnly(2025, 3, 1) }, null);

        var scheduled = await store.ListAsync(new EventQuery(EventStatus.Scheduled, null, null, 10, null));
        var completed = await store.ListAsync(new EventQuery(EventStatus.Completed, null, null, 10, null));
        Assert.Empty(scheduled.Page!.Items);
        Assert.Equal(new DateOnly(2025, 3, 1), Assert.Single(completed.Page!.Items).Date);
    }
}

using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Data;

/// <summary>Concurrent writers against dynalite: no duplicates, no lost updates.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class EventStoreConcurrencyIntegrationTests(DynaliteFixture dynalite)
{
    [Fact]
    public async Task Create_TwentyConcurrentWithTheSameId_ExactlyOneSucceeds()
    {
        var store = await dynalite.CreateStoreAsync();
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(0, 20)
            .Select(i => Task.Run(() =>
            {
                start.Wait();
                return store.CreateAsync(EventSamples.Draft("same-id") with { Title = $"writer {i}" });
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r.Status == WriteStatus.Succeeded);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(WriteStatus.AlreadyExists, r.Status));
        Assert.Equal(winner.Event, await store.GetAsync("same-id"));
    }

    [Fact]
    public async Task Update_ConcurrentPartialUpdatesOfDifferentFields_AllPersist()
    {
        var store = await dynalite.CreateStoreAsync();
        await store.CreateAsync(EventSamples.Draft());
        EventChanges[] changes =
        [
            new() { Title = "New title" },
            new() { Description = "New description" },
            new() { Date = new DateOnly(2030, 1, 2) },
            new() { Location = "Berlin" },
            new() { Capacity = 12 },
            new() { Organizer = "New organizer" },
        ];
        using var start = new ManualResetEventSlim();

        var writers = changes
            .Select(change => Task.Run(() =>
            {
                start.Wait();
                return store.UpdateAsync("evt-1", change, null);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);

        Assert.All(results, r => Assert.Equal(WriteStatus.Succeeded, r.Status));
        var stored = await store.GetAsync("evt-1");
        Assert.NotNull(stored);
        Assert.Equal(
            ("New title", "New description", new DateOnly(2030, 1, 2), "Berlin", 12, "New organizer"),
            (stored.Title, stored.Description, stored.Date, stored.Location, stored.Capacity, stored.Organizer));
        Assert.Equal(1 + changes.Length, stored.Version);
    }

    [Fact]
    public async Task Update_ConcurrentWithTheSameExpectedVersion_ExactlyOneSucceeds()
    {
        var store = await dynalite.CreateStoreAsync();
        await store.CreateAsync(EventSamples.Draft());
        using var start = new ManualResetEventSlim();

        var writers = Enumerable.Range(0, 10)
            .Select(i => Task.Run(() =>
            {
                start.Wait();
                return store.UpdateAsync("evt-1", new EventChanges { Capacity = 100 + i }, 1);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(writers);

        var winner = Assert.Single(results, r => r.Status == WriteStatus.Succeeded);
        Assert.All(results.Where(r => r != winner), r => Assert.Equal(WriteStatus.VersionMismatch, r.Status));
        Assert.Equal(winner.Event, await store.GetAsync("evt-1"));
    }
}

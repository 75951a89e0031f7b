using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Data;

/// <summary>Listing and paging against dynalite.</summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class EventStoreListIntegrationTests(DynaliteFixture dynalite)
{
    private const int EventCount = 250;
    private static readonly DateOnly FirstDate = new(2025, 1, 1);
    private static readonly EventStatus[] Statuses = Enum.GetValues<EventStatus>();

    [Fact]
    public async Task List_ByStatusAcrossPages_ReturnsEachMatchingEventOnceInDateOrder()
    {
        var (store, seeded) = await SeedAsync();

        foreach (var status in Statuses)
        {
            var listed = await ListAllAsync(store, new EventQuery(status, null, null, 40, null));

            Assert.Equal(
                seeded.Where(e => e.Status == status).Select(e => e.EventId).Order(StringComparer.Ordinal),
                listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
            Assert.Equal(listed.Select(e => e.Date).Order(), listed.Select(e => e.Date));
        }
    }

    [Fact]
    public async Task List_ByStatus_FillsEveryPageButTheLast()
    {
        var (store, seeded) = await SeedAsync();
        var expected = seeded.Count(e => e.Status == EventStatus.Active);

        var pages = await ListPagesAsync(store, new EventQuery(EventStatus.Active, null, null, 40, null));

        Assert.All(pages.SkipLast(1), page => Assert.Equal(40, page.Items.Count));
        Assert.Equal(expected, pages.Sum(p => p.Items.Count));
    }

    [Fact]
    public async Task List_ScanAcrossPages_ReturnsEveryEventExactlyOnce()
    {
        var (store, seeded) = await SeedAsync();

        var listed = await ListAllAsync(store, new EventQuery(null, null, null, 40, null));

        Assert.Equal(
            seeded.Select(e => e.EventId).Order(StringComparer.Ordinal),
            listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ByStatusWithFromTo_ReturnsTheInclusiveRange()
    {
        var (store, seeded) = await SeedAsync();
        var from = FirstDate.AddDays(10);
        var to = FirstDate.AddDays(18);

        var listed = await ListAllAsync(store, new EventQuery(EventStatus.Cancelled, from, to, 7, null));

        var expected = seeded.Where(e => e.Status == EventStatus.Cancelled && e.Date >= from && e.Date <= to).ToList();
        Assert.Contains(expected, e => e.Date == from);
        Assert.Contains(expected, e => e.Date == to);
        Assert.Equal(
            expected.Select(e => e.EventId).Order(StringComparer.Ordinal),
            listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ByStatusWithFromOnly_ReturnsFromThatDateOn()
    {
        var (store, seeded) = await SeedAsync();
        var from = FirstDate.AddDays(50);

        var listed = await ListAllAsync(store, new EventQuery(EventStatus.Scheduled, from, null, 100, null));

        Assert.Equal(
            seeded.Where(e => e.Status == EventStatus.Scheduled && e.Date >= from).Select(e => e.EventId)
                .Order(StringComparer.Ordinal),
            listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ScanWithFromTo_ReturnsTheInclusiveRange()
    {
        var (store, seeded) = await SeedAsync();
        var from = FirstDate.AddDays(5);
        var to = FirstDate.AddDays(9);

        var listed = await ListAllAsync(store, new EventQuery(null, from, to, 10, null));

        Assert.Equal(
            seeded.Where(e => e.Date >= from && e.Date <= to).Select(e => e.EventId).Order(StringComparer.Ordinal),
            listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_ScanWithToOnly_ReturnsUpToThatDate()
    {
        var (store, seeded) = await SeedAsync();
        var to = FirstDate.AddDays(3);

        var listed = await ListAllAsync(store, new EventQuery(null, null, to, 50, null));

        Assert.Equal(
            seeded.Where(e => e.Date <= to).Select(e => e.EventId).Order(StringComparer.Ordinal),
            listed.Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_TokenFromAnotherStatus_IsRejected()
    {
        var (store, _) = await SeedAsync();
        var first = await store.ListAsync(new EventQuery(EventStatus.Active, null, null, 10, null));

        var result = await store.ListAsync(
            new EventQuery(EventStatus.Cancelled, null, null, 10, first.Page!.NextPageToken));

        Assert.True(result.PageTokenRejected);
        Assert.Null(result.Page);
    }

    [Fact]
    public async Task List_ScanTokenUsedWithADateRange_IsRejected()
    {
        var (store, _) = await SeedAsync();
        var first = await store.ListAsync(new EventQuery(null, null, null, 10, null));

        var result = await store.ListAsync(
            new EventQuery(null, FirstDate, FirstDate.AddDays(5), 10, first.Page!.NextPageToken));

        Assert.True(result.PageTokenRejected);
    }

    [Fact]
    public async Task List_TokenWithAnotherLimit_ContinuesWhereThePreviousPageEnded()
    {
        var (store, seeded) = await SeedAsync();
        var query = new EventQuery(EventStatus.Completed, null, null, 10, null);

        var first = await store.ListAsync(query);
        var rest = await ListAllAsync(store, query with { Limit = 25, PageToken = first.Page!.NextPageToken });

        Assert.Equal(
            seeded.Where(e => e.Status == EventStatus.Completed).Select(e => e.EventId).Order(StringComparer.Ordinal),
            first.Page.Items.Concat(rest).Select(e => e.EventId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task List_EmptyTable_ReturnsEmptyPageWithoutToken()
    {
        var store = await dynalite.CreateStoreAsync();

        var result = await store.ListAsync(new EventQuery(null, null, null, 10, null));

        Assert.Empty(result.Page!.Items);
        Assert.Null(result.Page.NextPageToken);
    }

    /// <summary>250 events over every status and 60 dates, created in parallel.</summary>
    private async Task<(DynamoDbEventStore Store, List<NewEvent> Seeded)> SeedAsync()
    {
        var store = await dynalite.CreateStoreAsync();
        var seeded = Enumerable.Range(0, EventCount)
            .Select(i => EventSamples.Draft(
                $"evt-{i:D3}", Statuses[i % Statuses.Length], FirstDate.AddDays(i * 7 % 60)))
            .ToList();
        await Parallel.ForEachAsync(
            seeded,
            new ParallelOptions { MaxDegreeOfParallelism = 8 },
            async (draft, token) => Assert.Equal(WriteStatus.Succeeded, (await store.CreateAsync(draft, token)).Status));
        return (store, seeded);
    }

    private static async Task<List<Event>> ListAllAsync(DynamoDbEventStore store, EventQuery query) =>
        [.. (await ListPagesAsync(store, query)).SelectMany(p => p.Items)];

    private static async Task<List<EventPage>> ListPagesAsync(DynamoDbEventStore store, EventQuery query)
    {
        var pages = new List<EventPage>();
        for (var token = query.PageToken; pages.Count == 0 || token is not null;)
        {
            Assert.True(pages.Count <= EventCount, "Paging did not end.");
            var result = await store.ListAsync(query with { PageToken = token });
            Assert.False(result.PageTokenRejected);
            pages.Add(result.Page!);
            token = result.Page!.NextPageToken;
        }

        return pages;
    }
}

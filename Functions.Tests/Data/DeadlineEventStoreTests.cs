using EventFunctions.Data;
using EventFunctions.Model;
using Moq;

namespace EventFunctions.Tests.Data;

[Trait("Category", "Unit")]
public sealed class DeadlineEventStoreTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromMilliseconds(50);

    private static Mock<IEventStore> StoreThatWaitsForCancellation()
    {
        var inner = new Mock<IEventStore>(MockBehavior.Strict);
        inner.Setup(s => s.GetAsync(It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .Returns(async (string _, CancellationToken token) =>
            {
                await Task.Delay(Timeout.Infinite, token);
                return null;
            });
        return inner;
    }

    [Fact]
    public async Task OperationPastTheDeadline_IsReportedUnavailable()
    {
        var store = new DeadlineEventStore(StoreThatWaitsForCancellation().Object, Deadline, TimeProvider.System);

        var failure = await Assert.ThrowsAsync<DataStoreUnavailableException>(() => store.GetAsync("evt-1"));

        Assert.Equal(DataStoreUnavailableException.DefaultRetryAfterSeconds, failure.RetryAfterSeconds);
        Assert.IsAssignableFrom<OperationCanceledException>(failure.InnerException);
    }

    [Fact]
    public async Task CallerCancellation_IsPassedOnUnchanged()
    {
        var store = new DeadlineEventStore(StoreThatWaitsForCancellation().Object, TimeSpan.FromMinutes(5), TimeProvider.System);
        using var caller = new CancellationTokenSource(Deadline);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetAsync("evt-1", caller.Token));
    }

    [Fact]
    public async Task OperationWithinTheDeadline_ReturnsTheInnerResult()
    {
        var inner = new Mock<IEventStore>(MockBehavior.Strict);
        inner.Setup(s => s.UpdateAsync("evt-1", It.IsAny<EventChanges>(), 3, It.IsAny<CancellationToken>()))
            .ReturnsAsync(WriteResult.VersionMismatch);
        var store = new DeadlineEventStore(inner.Object, TimeSpan.FromMinutes(5), TimeProvider.System);

        var result = await store.UpdateAsync("evt-1", new EventChanges { Title = "x" }, 3);

        Assert.Equal(WriteStatus.VersionMismatch, result.Status);
    }

    [Fact]
    public void Limit_InvocationWithADeadline_IsTheRemainingTimeLessTheAnswerReserve()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(now);
        var store = new DeadlineEventStore(
            Mock.Of<IEventStore>(), TimeSpan.FromSeconds(6), clock.Object, () => now.AddSeconds(9), TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(8), store.Limit());
    }

    [Fact]
    public void Limit_InvocationPastItsReserve_IsZero()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Mock<TimeProvider>();
        clock.Setup(c => c.GetUtcNow()).Returns(now);
        var store = new DeadlineEventStore(
            Mock.Of<IEventStore>(), TimeSpan.FromSeconds(6), clock.Object, () => now.AddMilliseconds(500), TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.Zero, store.Limit());
    }

    [Fact]
    public void Limit_NoInvocationDeadline_IsTheFixedDeadline()
    {
        var store = new DeadlineEventStore(
            Mock.Of<IEventStore>(), TimeSpan.FromSeconds(6), TimeProvider.System, () => null, TimeSpan.FromSeconds(1));

        Assert.Equal(TimeSpan.FromSeconds(6), store.Limit());
    }

    [Fact]
    public async Task OperationPastTheInvocationsDeadlineLessReserve_IsReportedUnavailableBeforeTheFixedDeadline()
    {
        var end = DateTimeOffset.UtcNow.AddMilliseconds(1100);
        var store = new DeadlineEventStore(
            StoreThatWaitsForCancellation().Object, TimeSpan.FromMinutes(5), TimeProvider.System, () => end, TimeSpan.FromSeconds(1));

        var failure = await Assert.ThrowsAsync<DataStoreUnavailableException>(() => store.GetAsync("evt-1")).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.IsAssignableFrom<OperationCanceledException>(failure.InnerException);
    }
}

using EventFunctions.Annotations.Idempotency;
using EventFunctions.Data;
using EventFunctions.Tests.Infrastructure;

namespace EventFunctions.Tests.Data;

/// <summary>
/// <see cref="DynamoDbIdempotencyStore"/> against dynalite: claim, complete, replay, mismatch, locks and expiry (on a
/// manual clock: dynalite has no TTL, the store ignores expired records itself), release, lost claims, concurrency.
/// </summary>
[Collection(DynaliteCollectionDefinition.Name)]
public sealed class IdempotencyStoreIntegrationTests(DynaliteFixture dynalite)
{
    private const string RecordId = "CreateEvent#-#key-1";
    private const string Fingerprint = "fingerprint-a";
    private const string OtherFingerprint = "fingerprint-b";
    private static readonly TimeSpan Lock = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan Expiry = TimeSpan.FromHours(1);

    private readonly ManualTimeProvider clock = new(EventSamples.Now);

    private static StoredResponse Created() => new(
        201,
        new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Location"] = "/prod/events/evt-1", ["ETag"] = "\"1\"" },
        """{"eventId":"evt-1"}""",
        false);

    private async Task<DynamoDbIdempotencyStore> CreateStoreAsync() =>
        new(dynalite.Client, await dynalite.CreateIdempotencyTableAsync(), Expiry, clock);

    private DateTimeOffset LockedUntil() => clock.GetUtcNow() + Lock;

    /// <summary>Claims the key for <see cref="Fingerprint"/>; the claim's lock identifies it to complete or release it.</summary>
    private async Task<DateTimeOffset> ClaimedAsync(DynamoDbIdempotencyStore store)
    {
        var lockedUntil = LockedUntil();
        Assert.IsType<IdempotencyClaim.Claimed>(await store.ClaimAsync(RecordId, Fingerprint, lockedUntil));
        return lockedUntil;
    }

    [Fact]
    public async Task Claim_NewKey_IsClaimed()
    {
        var store = await CreateStoreAsync();

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Claim_AfterCompletion_ReplaysTheStoredResponse()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        var replayed = Assert.IsType<IdempotencyClaim.Completed>(claim).Response;
        Assert.Equal((201, """{"eventId":"evt-1"}""", false), (replayed.StatusCode, replayed.Body, replayed.IsBase64Encoded));
        Assert.Equal(Created().Headers.OrderBy(h => h.Key), replayed.Headers.OrderBy(h => h.Key));
    }

    [Fact]
    public async Task Claim_AfterCompletionWithoutABody_ReplaysNoBody()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, new StoredResponse(204, new Dictionary<string, string>(), null, false));

        var replayed = Assert.IsType<IdempotencyClaim.Completed>(await store.ClaimAsync(RecordId, Fingerprint, LockedUntil())).Response;

        Assert.Equal((204, (string?)null), (replayed.StatusCode, replayed.Body));
        Assert.Empty(replayed.Headers);
    }

    [Fact]
    public async Task Claim_AfterCompletionOfABase64Body_ReplaysItAsBase64()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, new StoredResponse(200, new Dictionary<string, string>(), "AAEC", true));

        var replayed = Assert.IsType<IdempotencyClaim.Completed>(await store.ClaimAsync(RecordId, Fingerprint, LockedUntil())).Response;

        Assert.Equal(("AAEC", true), (replayed.Body, replayed.IsBase64Encoded));
    }

    [Fact]
    public async Task Claim_CompletedByAnotherRequest_IsMismatch()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());

        var claim = await store.ClaimAsync(RecordId, OtherFingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Mismatch>(claim);
    }

    [Fact]
    public async Task Claim_InProgressForAnotherRequest_IsMismatch()
    {
        var store = await CreateStoreAsync();
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        var claim = await store.ClaimAsync(RecordId, OtherFingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Mismatch>(claim);
    }

    [Fact]
    public async Task Claim_InProgress_IsInProgressWithRetryAfterTheLockLeft()
    {
        var store = await CreateStoreAsync();
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());
        clock.Advance(TimeSpan.FromSeconds(3));

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        var retryAfter = Assert.IsType<IdempotencyClaim.InProgress>(claim).RetryAfter;
        Assert.InRange(retryAfter, TimeSpan.FromSeconds(7) - TimeSpan.FromMilliseconds(1), TimeSpan.FromSeconds(7));
    }

    [Fact]
    public async Task Claim_InProgressJustBeforeTheLockPasses_IsStillInProgress()
    {
        var store = await CreateStoreAsync();
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());
        clock.Advance(Lock - TimeSpan.FromMilliseconds(2));

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.InProgress>(claim);
    }

    [Fact]
    public async Task Claim_AfterTheLockPassed_IsClaimedAgain()
    {
        var store = await CreateStoreAsync();
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());
        clock.Advance(Lock + TimeSpan.FromSeconds(1));

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Claim_CompletedRecordBeforeItsExpiry_IsCompleted()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());
        clock.Advance(Expiry - TimeSpan.FromSeconds(2));

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Completed>(claim);
    }

    [Fact]
    public async Task Claim_CompletedRecordPastItsExpiry_IsClaimedAgain()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());
        clock.Advance(Expiry + TimeSpan.FromSeconds(2));

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Claim_CompletedRecordPastItsExpiryByAnotherRequest_IsClaimed()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());
        clock.Advance(Expiry + TimeSpan.FromSeconds(2));

        var claim = await store.ClaimAsync(RecordId, OtherFingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Claim_AfterRelease_IsClaimedAgain()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.ReleaseAsync(RecordId, Fingerprint, claimed);

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Release_ByAnotherRequest_LeavesTheClaim()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.ReleaseAsync(RecordId, OtherFingerprint, claimed);

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.InProgress>(claim);
    }

    [Fact]
    public async Task Release_OfACompletedRecord_LeavesTheResponse()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());
        await store.ReleaseAsync(RecordId, Fingerprint, claimed);

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Completed>(claim);
    }

    [Fact]
    public async Task Complete_WithoutAClaim_IsANoOp()
    {
        var store = await CreateStoreAsync();
        await store.CompleteAsync(RecordId, Fingerprint, LockedUntil(), Created());

        var claim = await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }

    [Fact]
    public async Task Complete_AfterTheClaimWasLostToAnotherRequest_IsANoOp()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        clock.Advance(Lock + TimeSpan.FromSeconds(1));
        await store.ClaimAsync(RecordId, OtherFingerprint, LockedUntil());

        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());

        Assert.IsType<IdempotencyClaim.InProgress>(await store.ClaimAsync(RecordId, OtherFingerprint, LockedUntil()));
    }

    [Fact]
    public async Task Complete_AfterTheClaimWasLostToARetryOfTheSameRequest_IsANoOp()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        clock.Advance(Lock + TimeSpan.FromSeconds(1));
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        await store.CompleteAsync(RecordId, Fingerprint, claimed, Created());

        // The retry that holds the claim now is still running: a third attempt must wait for it.
        Assert.IsType<IdempotencyClaim.InProgress>(await store.ClaimAsync(RecordId, Fingerprint, LockedUntil()));
    }

    [Fact]
    public async Task Release_AfterTheClaimWasLostToARetryOfTheSameRequest_LeavesTheRetrysClaim()
    {
        var store = await CreateStoreAsync();
        var claimed = await ClaimedAsync(store);
        clock.Advance(Lock + TimeSpan.FromSeconds(1));
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        await store.ReleaseAsync(RecordId, Fingerprint, claimed);

        Assert.IsType<IdempotencyClaim.InProgress>(await store.ClaimAsync(RecordId, Fingerprint, LockedUntil()));
    }

    [Fact]
    public async Task Claim_TwentyConcurrentWithTheSameKey_ExactlyOneIsClaimed()
    {
        var store = await CreateStoreAsync();
        using var start = new ManualResetEventSlim();
        var lockedUntil = LockedUntil();

        var claimers = Enumerable.Range(0, 20)
            .Select(_ => Task.Run(() =>
            {
                start.Wait();
                return store.ClaimAsync(RecordId, Fingerprint, lockedUntil);
            }))
            .ToArray();
        start.Set();
        var claims = await Task.WhenAll(claimers);

        Assert.Single(claims, c => c is IdempotencyClaim.Claimed);
        Assert.Equal(19, claims.Count(c => c is IdempotencyClaim.InProgress));
    }

    [Fact]
    public async Task Claim_OtherKeys_AreIndependent()
    {
        var store = await CreateStoreAsync();
        await store.ClaimAsync(RecordId, Fingerprint, LockedUntil());

        var claim = await store.ClaimAsync(RecordId + "-other", Fingerprint, LockedUntil());

        Assert.IsType<IdempotencyClaim.Claimed>(claim);
    }
}

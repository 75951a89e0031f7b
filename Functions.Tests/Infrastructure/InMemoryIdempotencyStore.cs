using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Tests.Infrastructure;

/// <summary>
/// The <see cref="IIdempotencyStore"/> contract in memory, for handler tests that are about the answers rather than
/// DynamoDB: a claim holds until its lock, a completed record forever, complete and release act on the own claim only.
/// </summary>
internal sealed class InMemoryIdempotencyStore(TimeProvider? clock = null) : IIdempotencyStore
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;
    private readonly Dictionary<string, Entry> records = new(StringComparer.Ordinal);

    public int Completions { get; private set; }

    public int Releases { get; private set; }

    public Task<IdempotencyClaim> ClaimAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default)
    {
        lock (records)
        {
            var now = clock.GetUtcNow();
            if (records.TryGetValue(recordId, out var existing) && (existing.Response is not null || existing.LockedUntil > now))
            {
                return Task.FromResult<IdempotencyClaim>(
                    existing.Fingerprint != fingerprint ? new IdempotencyClaim.Mismatch()
                    : existing.Response is { } response ? new IdempotencyClaim.Completed(response)
                    : new IdempotencyClaim.InProgress(existing.LockedUntil - now));
            }

            records[recordId] = new Entry(fingerprint, lockedUntil, null);
            return Task.FromResult<IdempotencyClaim>(new IdempotencyClaim.Claimed());
        }
    }

    public Task CompleteAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, StoredResponse response, CancellationToken cancellationToken = default)
    {
        lock (records)
        {
            if (IsOwnClaim(recordId, fingerprint, lockedUntil))
            {
                records[recordId] = new Entry(fingerprint, lockedUntil, response);
                Completions++;
            }
        }

        return Task.CompletedTask;
    }

    public Task ReleaseAsync(string recordId, string fingerprint, DateTimeOffset lockedUntil, CancellationToken cancellationToken = default)
    {
        lock (records)
        {
            if (IsOwnClaim(recordId, fingerprint, lockedUntil))
            {
                records.Remove(recordId);
                Releases++;
            }
        }

        return Task.CompletedTask;
    }

    private bool IsOwnClaim(string recordId, string fingerprint, DateTimeOffset lockedUntil) =>
        records.TryGetValue(recordId, out var entry) && entry.Response is null && entry.Fingerprint == fingerprint && entry.LockedUntil == lockedUntil;

    private sealed record Entry(string Fingerprint, DateTimeOffset LockedUntil, StoredResponse? Response);
}

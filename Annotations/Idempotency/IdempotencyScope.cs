namespace EventFunctions.Annotations.Idempotency;

/// <summary>
/// The key of the invocation that is running, while an <see cref="IdempotentAttribute"/> function runs with one: what a
/// function needs to make a retry after a crash find its own earlier write (a create derives its id from it).
/// </summary>
public sealed class IdempotencyScope
{
    private static readonly AsyncLocal<IdempotencyScope?> CurrentScope = new();

    internal IdempotencyScope(string recordId, string fingerprint)
    {
        RecordId = recordId;
        Fingerprint = fingerprint;
    }

    /// <summary>The scoped record id: function, caller and key.</summary>
    public string RecordId { get; }

    /// <summary>The request's fingerprint (<see cref="RequestFingerprint"/>).</summary>
    public string Fingerprint { get; }

    public static IdempotencyScope? Current
    {
        get => CurrentScope.Value;
        internal set => CurrentScope.Value = value;
    }

    /// <summary>
    /// A UUID (version 8, name-based on SHA-256) that the same record id and request always give: a retry of the
    /// request finds its own earlier write, and the key reused for another request once its record has expired does not.
    /// </summary>
    public Guid DerivedId()
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RecordId + "\n" + Fingerprint), hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}

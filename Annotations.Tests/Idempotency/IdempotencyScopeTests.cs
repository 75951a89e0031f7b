using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Annotations.Tests.Idempotency;

/// <summary>The id a keyed create derives from its record id and request: a name-based UUID version 8 (RFC 9562).</summary>
[Trait("Category", "Unit")]
public sealed class IdempotencyScopeTests
{
    private const string RecordId = "CreateEvent#-#8e03978e-40d5-43e8-bc93-6894a57f9324";
    private const string Fingerprint = "n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg";

    private static IdempotencyScope Scope(string recordId = RecordId, string fingerprint = Fingerprint) => new(recordId, fingerprint);

    [Fact]
    public void DerivedId_SameRecordId_IsTheSameId() =>
        Assert.Equal(Scope().DerivedId(), Scope().DerivedId());

    [Fact]
    public void DerivedId_SameScopeTwice_IsTheSameId()
    {
        var scope = Scope();

        Assert.Equal(scope.DerivedId(), scope.DerivedId());
    }

    [Fact]
    public void DerivedId_IsVersion8() =>
        Assert.Equal(8, Scope().DerivedId().Version);

    [Fact]
    public void DerivedId_VariantField_Is10()
    {
        var bytes = Scope().DerivedId().ToByteArray(bigEndian: true);

        Assert.Equal(0b10, bytes[8] >> 6);
        Assert.Equal(0x8, bytes[6] >> 4);
    }

    [Fact]
    public void DerivedId_IsTheFirst128BitsOfTheSha256OfRecordIdAndFingerprintWithVersionAndVariantSet()
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RecordId + "\n" + Fingerprint));
        var bytes = Scope().DerivedId().ToByteArray(bigEndian: true);

        Assert.Equal(hash[..6], bytes[..6]);
        Assert.Equal(hash[6] & 0x0F, bytes[6] & 0x0F);
        Assert.Equal(hash[7], bytes[7]);
        Assert.Equal(hash[8] & 0x3F, bytes[8] & 0x3F);
        Assert.Equal(hash[9..16], bytes[9..16]);
    }

    [Fact]
    public void DerivedId_OtherRecordId_IsAnotherId() =>
        Assert.NotEqual(Scope().DerivedId(), Scope(RecordId + "x").DerivedId());

    /// <summary>The key reused for another create once its record expired must not find the earlier event.</summary>
    [Fact]
    public void DerivedId_OtherRequestUnderTheSameRecordId_IsAnotherId() =>
        Assert.NotEqual(Scope().DerivedId(), Scope(fingerprint: Fingerprint + "x").DerivedId());

    [Fact]
    public void DerivedId_ManyRecordIds_AreAllDistinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => Scope($"CreateEvent#-#key-{i}").DerivedId()).ToHashSet();

        Assert.Equal(1000, ids.Count);
    }

    [Fact]
    public void DerivedId_IsLowercaseDFormatWhenFormatted() =>
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", Scope().DerivedId().ToString("D"));
}

using EventFunctions.Annotations.Idempotency;

namespace EventFunctions.Annotations.Tests.Idempotency;

/// <summary>The id a keyed create derives from its record id: a name-based UUID version 8 (RFC 9562).</summary>
[Trait("Category", "Unit")]
public sealed class IdempotencyScopeTests
{
    private const string RecordId = "CreateEvent#-#8e03978e-40d5-43e8-bc93-6894a57f9324";

    [Fact]
    public void DerivedId_SameRecordId_IsTheSameId() =>
        Assert.Equal(new IdempotencyScope(RecordId).DerivedId(), new IdempotencyScope(RecordId).DerivedId());

    [Fact]
    public void DerivedId_SameScopeTwice_IsTheSameId()
    {
        var scope = new IdempotencyScope(RecordId);

        Assert.Equal(scope.DerivedId(), scope.DerivedId());
    }

    [Fact]
    public void DerivedId_IsVersion8() =>
        Assert.Equal(8, new IdempotencyScope(RecordId).DerivedId().Version);

    [Fact]
    public void DerivedId_VariantField_Is10()
    {
        var bytes = new IdempotencyScope(RecordId).DerivedId().ToByteArray(bigEndian: true);

        Assert.Equal(0b10, bytes[8] >> 6);
        Assert.Equal(0x8, bytes[6] >> 4);
    }

    [Fact]
    public void DerivedId_IsTheFirst128BitsOfTheSha256WithVersionAndVariantSet()
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(RecordId));
        var bytes = new IdempotencyScope(RecordId).DerivedId().ToByteArray(bigEndian: true);

        Assert.Equal(hash[..6], bytes[..6]);
        Assert.Equal(hash[6] & 0x0F, bytes[6] & 0x0F);
        Assert.Equal(hash[7], bytes[7]);
        Assert.Equal(hash[8] & 0x3F, bytes[8] & 0x3F);
        Assert.Equal(hash[9..16], bytes[9..16]);
    }

    [Fact]
    public void DerivedId_OtherRecordId_IsAnotherId() =>
        Assert.NotEqual(new IdempotencyScope(RecordId).DerivedId(), new IdempotencyScope(RecordId + "x").DerivedId());

    [Fact]
    public void DerivedId_ManyRecordIds_AreAllDistinct()
    {
        var ids = Enumerable.Range(0, 1000).Select(i => new IdempotencyScope($"CreateEvent#-#key-{i}").DerivedId()).ToHashSet();

        Assert.Equal(1000, ids.Count);
    }

    [Fact]
    public void DerivedId_IsLowercaseDFormatWhenFormatted() =>
        Assert.Matches("^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$", new IdempotencyScope(RecordId).DerivedId().ToString("D"));
}

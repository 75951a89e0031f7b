using System.Runtime.Versioning;
using System.Security.Cryptography;
using System.Text;
using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>The local pool's key file: created once, owner-only, the same key on every load.</summary>
[Trait("Category", "Unit")]
public sealed class CognitoSigningKeyTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("eventfunctions-key-test-").FullName;

    private string KeyPath => Path.Combine(folder, "nested", CognitoSigningKey.FileName);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    [SupportedOSPlatform("linux")]
    public void NoFile_CreatesA2048BitKeyReadableOnlyByItsOwner()
    {
        using var key = CognitoSigningKey.LoadOrCreate(KeyPath);

        Assert.Equal(2048, key.Rsa.KeySize);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(KeyPath));
    }

    [Fact]
    public void SecondLoad_IsTheSameKey()
    {
        using var first = CognitoSigningKey.LoadOrCreate(KeyPath);
        using var second = CognitoSigningKey.LoadOrCreate(KeyPath);

        Assert.Equal(first.KeyId, second.KeyId);
        Assert.Equal(first.Modulus, second.Modulus);
    }

    [Fact]
    public void KeyId_IsTheRfc7638Thumbprint()
    {
        using var key = CognitoSigningKey.LoadOrCreate(KeyPath);
        var parameters = key.Rsa.ExportParameters(false);
        var json = $"{{\"e\":\"{TestTokens.Encode(parameters.Exponent!)}\",\"kty\":\"RSA\",\"n\":\"{TestTokens.Encode(parameters.Modulus!)}\"}}";

        Assert.Equal(TestTokens.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(json))), key.KeyId);
    }

    [Fact]
    public void SmallerKeyInTheFile_IsRefused()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        using (var small = RSA.Create(1024))
        {
            File.WriteAllText(KeyPath, small.ExportPkcs8PrivateKeyPem());
        }

        Assert.Throws<CryptographicException>(() => CognitoSigningKey.LoadOrCreate(KeyPath));
    }
}

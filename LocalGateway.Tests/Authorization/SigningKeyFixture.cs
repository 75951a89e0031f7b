using EventFunctions.LocalGateway.Authorization;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>A signing key of its own in a temporary folder, deleted afterwards: unit tests never touch the shared key file.</summary>
public sealed class SigningKeyFixture : IDisposable
{
    public SigningKeyFixture()
    {
        Folder = Directory.CreateTempSubdirectory("eventfunctions-signing-key-").FullName;
        Key = CognitoSigningKey.LoadOrCreate(Path.Combine(Folder, CognitoSigningKey.FileName));
    }

    public string Folder { get; }

    internal CognitoSigningKey Key { get; }

    public void Dispose()
    {
        Key.Dispose();
        Directory.Delete(Folder, recursive: true);
    }
}

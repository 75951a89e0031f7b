using System.Security.Cryptography;
using System.Text;
using EventFunctions.LocalGateway.Hosting;

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>
/// The local user pool's RSA-2048 signing key, in a PEM file (owner-only) beside the gateways' work folders, so that a
/// gateway and a separately run <c>token</c> command share it. Created on first use, then kept across runs (a token
/// minted before a restart still verifies). Its <c>kid</c> is the RFC 7638 thumbprint of the public key.
/// </summary>
internal sealed class CognitoSigningKey : IDisposable
{
    public const string FileName = "cognito-signing-key.pem";

    private CognitoSigningKey(RSA rsa)
    {
        Rsa = rsa;
        var parameters = rsa.ExportParameters(includePrivateParameters: false);
        Modulus = Base64UrlText.Encode(parameters.Modulus);
        Exponent = Base64UrlText.Encode(parameters.Exponent);
        // RFC 7638: the required members in lexicographic order, no whitespace.
        var thumbprintInput = $$"""{"e":"{{Exponent}}","kty":"RSA","n":"{{Modulus}}"}""";
        KeyId = Base64UrlText.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(thumbprintInput)));
    }

    /// <summary>The private key; the verifier uses only its public half.</summary>
    public RSA Rsa { get; }

    public string KeyId { get; }

    /// <summary>The public modulus <c>n</c>, base64url.</summary>
    public string Modulus { get; }

    /// <summary>The public exponent <c>e</c>, base64url.</summary>
    public string Exponent { get; }

    /// <summary>Where the gateways keep the key: <c>$TMPDIR/eventfunctions-localgateway/cognito-signing-key.pem</c>.</summary>
    public static string DefaultPath => Path.Combine(WorkFolder.ParentPath, FileName);

    /// <summary>Reads the key file, creating it (atomically, so two gateways starting together agree) when there is none.</summary>
    public static CognitoSigningKey LoadOrCreate(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            Create(path);
        }

        var rsa = RSA.Create();
        try
        {
            rsa.ImportFromPem(File.ReadAllText(path));
            if (rsa.KeySize != 2048)
            {
                throw new CryptographicException($"The key in '{path}' is {rsa.KeySize} bits, not 2048; delete it to get a new one.");
            }

            return new CognitoSigningKey(rsa);
        }
        catch
        {
            rsa.Dispose();
            throw;
        }
    }

    public void Dispose() => Rsa.Dispose();

    private static void Create(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var rsa = RSA.Create(2048);
        var draft = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var file = new FileStream(draft, options))
        {
            file.Write(Encoding.ASCII.GetBytes(rsa.ExportPkcs8PrivateKeyPem()));
        }

        try
        {
            File.Move(draft, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            // Another gateway or token command wrote it first: use theirs.
            File.Delete(draft);
        }
    }
}

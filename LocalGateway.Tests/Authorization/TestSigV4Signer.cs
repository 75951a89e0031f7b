using System.Security.Cryptography;
using System.Text;

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>
/// A small SigV4 signer of the tests' own, straight from the AWS documentation's four steps and checked against its
/// published <c>get-vanilla</c> example: it takes the canonical path and query as already canonical, and the headers
/// to sign as lowercase name to value.
/// </summary>
internal static class TestSigV4Signer
{
    public sealed record Credentials(string AccessKeyId, string SecretAccessKey, string Region = "us-east-1", string Service = "execute-api");

    public static string Authorization(
        Credentials credentials, string method, string canonicalPath, string canonicalQuery,
        IReadOnlyDictionary<string, string> headers, byte[] body, string amzDate)
    {
        var names = headers.Keys.Order(StringComparer.Ordinal).ToArray();
        var signedHeaders = string.Join(';', names);
        var canonical = $"{method}\n{canonicalPath}\n{canonicalQuery}\n"
            + string.Concat(names.Select(name => $"{name}:{headers[name].Trim()}\n"))
            + $"\n{signedHeaders}\n{Hex(SHA256.HashData(body))}";
        var scope = $"{amzDate[..8]}/{credentials.Region}/{credentials.Service}/aws4_request";
        var stringToSign = $"AWS4-HMAC-SHA256\n{amzDate}\n{scope}\n{Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)))}";
        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), amzDate[..8]);
        key = Hmac(Hmac(Hmac(key, credentials.Region), credentials.Service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));
        return $"AWS4-HMAC-SHA256 Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}

using System.Text;
using EventFunctions.LocalGateway.RestApi;

namespace EventFunctions.LocalGateway.Tests.RestApi;

public sealed class BodyEncodingTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/problem+json")]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public void Encode_TextLikeUtf8Body_IsText(string? contentType)
    {
        var (body, isBase64Encoded) = BodyEncoding.Encode(contentType, Encoding.UTF8.GetBytes("héllo"));

        Assert.Equal("héllo", body);
        Assert.False(isBase64Encoded);
    }

    [Theory]
    [InlineData("application/octet-stream", new byte[] { 1, 2, 3 })]
    [InlineData("image/png", new byte[] { 137, 80, 78, 71 })]
    [InlineData("application/json", new byte[] { 0xC3, 0x28 })]
    public void Encode_BinaryOrInvalidUtf8Body_IsBase64(string contentType, byte[] bytes)
    {
        var (body, isBase64Encoded) = BodyEncoding.Encode(contentType, bytes);

        Assert.True(isBase64Encoded);
        Assert.Equal(bytes, Convert.FromBase64String(body!));
    }

    [Fact]
    public void Encode_EmptyBody_IsNull()
    {
        Assert.Equal((null, false), BodyEncoding.Encode("application/json", []));
    }
}

namespace EventFunctions.LocalGateway.Tests.Authorization;

/// <summary>The tests' own signer gives AWS's published signatures, so what it signs is signed right.</summary>
[Trait("Category", "Unit")]
public sealed class TestSigV4SignerTests
{
    private static readonly TestSigV4Signer.Credentials Example =
        new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service");

    [Fact]
    public void GetVanilla_GivesAwsPublishedSignature()
    {
        var headers = new Dictionary<string, string> { ["host"] = "example.amazonaws.com", ["x-amz-date"] = "20150830T123600Z" };

        var authorization = TestSigV4Signer.Authorization(Example, "GET", "/", string.Empty, headers, [], "20150830T123600Z");

        Assert.Equal(
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, SignedHeaders=host;x-amz-date, "
                + "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
            authorization);
    }
}

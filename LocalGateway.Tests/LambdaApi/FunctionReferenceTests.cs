using EventFunctions.LocalGateway.LambdaApi;

namespace EventFunctions.LocalGateway.Tests.LambdaApi;

public sealed class FunctionReferenceTests
{
    [Theory]
    [InlineData("GetEvent", null, "GetEvent", null)]
    [InlineData("GetEvent:live", null, "GetEvent", "live")]
    [InlineData("GetEvent", "$LATEST", "GetEvent", "$LATEST")]
    [InlineData("123456789012:function:GetEvent", null, "GetEvent", null)]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:GetEvent:$LATEST", null, "GetEvent", "$LATEST")]
    public void TryParse_NameOrArn_FindsNameAndQualifier(string functionName, string? qualifierParameter, string name, string? qualifier)
    {
        var reference = FunctionReference.TryParse(functionName, qualifierParameter);

        Assert.Equal(new FunctionReference(name, qualifier), reference);
    }

    [Theory]
    [InlineData("")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:layer:GetEvent")]
    [InlineData("Get Event")]
    public void TryParse_NotAFunctionName_ReturnsNull(string functionName)
    {
        Assert.Null(FunctionReference.TryParse(functionName, qualifierParameter: null));
    }

    [Theory]
    [InlineData("live", true)]
    [InlineData("$LATEST", true)]
    [InlineData("3", false)]
    public void HasKnownQualifier_Qualifier_AcceptsOnlyLatestAndTheLiveAlias(string qualifier, bool known)
    {
        Assert.Equal(known, new FunctionReference("GetEvent", qualifier).HasKnownQualifier);
    }

    [Fact]
    public void Arn_QualifiedReference_EndsWithTheQualifier()
    {
        Assert.Equal(
            "arn:aws:lambda:us-east-1:123456789012:function:GetEvent:live",
            new FunctionReference("GetEvent", "live").Arn);
    }
}

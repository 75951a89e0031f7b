using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>The test reader of mapping templates renders its two constructs and refuses every other one.</summary>
[Trait("Category", "Unit")]
public sealed class VelocitySubsetTests
{
    [Fact]
    public void Render_SetThenFormalReferences_WritesTheLiterals()
    {
        Assert.Equal("a$b#c", VelocitySubset.Render("#set($d='$')#set($h='#')a${d}b${h}c"));
    }

    [Theory]
    [InlineData("$d")]
    [InlineData("${never}")]
    [InlineData("#if(true)x#end")]
    [InlineData("## comment")]
    [InlineData("#set($d='$')\\${d}")]
    [InlineData("#set($d='$')\nx")]
    public void Render_AnyOtherConstruct_Throws(string template)
    {
        Assert.Throws<FormatException>(() => VelocitySubset.Render(template));
    }
}

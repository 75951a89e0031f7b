using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>A fixed body as a Velocity mapping template: rendered back byte for byte, refused where Velocity would change it.</summary>
[Trait("Category", "Unit")]
public sealed class MockResponseTemplateTests
{
    [Theory]
    [InlineData("plain text, no Velocity at all")]
    [InlineData("$ref ${ref} $!quiet $d ${d} $h")]
    [InlineData("#set($x = 'y') #if(true)#end ## line comment\n#* block *# #[[unparsed]]# #{else}")]
    [InlineData("{\"$ref\": \"#/components/schemas/Event\", \"pattern\": \"^[0-9]+$\"}")]
    [InlineData("ends with $")]
    [InlineData("ends with #")]
    [InlineData("a \\ backslash \\\\ not before either")]
    [InlineData("")]
    public void For_AnyBody_RendersBackToExactlyThatBody(string body)
    {
        Assert.Equal(body, VelocitySubset.Render(MockResponseTemplate.For(body)));
    }

    [Theory]
    [InlineData("price: \\$5")]
    [InlineData("\\#not a directive")]
    public void For_BackslashBeforeDollarOrHash_Throws(string body)
    {
        Assert.Throws<ArgumentException>(() => MockResponseTemplate.For(body));
    }

    [Theory]
    [InlineData("\n<html>")]
    [InlineData(" {}")]
    public void For_LeadingWhitespace_Throws(string body)
    {
        Assert.Throws<ArgumentException>(() => MockResponseTemplate.For(body));
    }

    [Fact]
    public void For_TemplateOverTheQuota_Throws()
    {
        var body = new string('a', MockResponseTemplate.MaxBytes - MockResponseTemplate.Prefix.Length + 1);

        Assert.Throws<InvalidOperationException>(() => MockResponseTemplate.For(body));
    }

    [Fact]
    public void For_TemplateAtTheQuota_IsAccepted()
    {
        var body = new string('a', MockResponseTemplate.MaxBytes - MockResponseTemplate.Prefix.Length);

        Assert.Equal(MockResponseTemplate.MaxBytes, MockResponseTemplate.For(body).Length);
    }

    [Fact]
    public void For_QuotaCountsUtf8Bytes()
    {
        // Three bytes each in UTF-8: one character too many in bytes, well under in characters.
        var body = new string('€', ((MockResponseTemplate.MaxBytes - MockResponseTemplate.Prefix.Length) / 3) + 1);

        Assert.Throws<InvalidOperationException>(() => MockResponseTemplate.For(body));
    }
}

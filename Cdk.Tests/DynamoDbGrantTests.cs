namespace EventFunctions.Cdk.Tests;

[Trait("Category", "Unit")]
public sealed class DynamoDbGrantTests
{
    [Fact]
    public void For_ItemActions_GrantsThemOnTheTableOnly()
    {
        var grant = Assert.Single(DynamoDbGrant.For(["dynamodb:UpdateItem", "dynamodb:GetItem"]));

        Assert.Equal(["dynamodb:UpdateItem", "dynamodb:GetItem"], grant.Actions);
        Assert.False(grant.OnIndex);
    }

    [Fact]
    public void For_QueryAndScan_GrantsThemOnTheTableAndIndex()
    {
        var grant = Assert.Single(DynamoDbGrant.For(["dynamodb:Query", "dynamodb:Scan"]));

        Assert.Equal(["dynamodb:Query", "dynamodb:Scan"], grant.Actions);
        Assert.True(grant.OnIndex);
    }

    [Fact]
    public void For_MixedActions_SplitsThemIntoTableAndIndexGrants()
    {
        var grants = DynamoDbGrant.For(["dynamodb:GetItem", "dynamodb:Query"]);

        Assert.Equal(
            ["dynamodb:GetItem:table", "dynamodb:Query:index"],
            grants.SelectMany(g => g.Actions.Select(a => a + (g.OnIndex ? ":index" : ":table"))));
    }

    [Theory]
    [InlineData("s3:GetObject")]
    [InlineData("dynamodb:")]
    [InlineData("GetItem")]
    public void For_NonDynamoDbAction_Throws(string action)
    {
        Assert.Throws<ArgumentException>(() => DynamoDbGrant.For([action]));
    }

    [Fact]
    public void OperationOf_Action_IsItsCloudWatchOperationName()
    {
        Assert.Equal("GetItem", DynamoDbGrant.OperationOf("dynamodb:GetItem"));
    }
}

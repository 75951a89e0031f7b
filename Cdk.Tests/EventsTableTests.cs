using System.Text.Json.Nodes;
using Amazon.CDK.Assertions;
using EventFunctions.Cdk.Tests.Infrastructure;

namespace EventFunctions.Cdk.Tests;

/// <summary>The events table: keys, index, billing, backups and what happens to it on stack deletion.</summary>
[Collection(CdkCollectionDefinition.Name)]
public sealed class EventsTableTests(StackVariants stacks)
{
    private Template Template => stacks.Default.Template;

    [Fact]
    public void Tables_Always_AreTheEventsAndIdempotencyRecordsTables()
    {
        var json = stacks.Default.Json;

        Assert.Equal(new[] { json.TableId, json.IdempotencyTableId }.Order(), json.OfType("AWS::DynamoDB::Table").Select(t => t.Id).Order());
    }

    [Fact]
    public void Table_Always_HasPartitionKeyEventIdString()
    {
        Template.HasResourceProperties("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["KeySchema"] = new object[] { new Dictionary<string, object> { ["AttributeName"] = "eventId", ["KeyType"] = "HASH" } },
            ["AttributeDefinitions"] = Match.ArrayWith([new Dictionary<string, object> { ["AttributeName"] = "eventId", ["AttributeType"] = "S" }]),
        });
    }

    [Fact]
    public void Table_Always_HasStatusDateIndexProjectingAll()
    {
        Template.HasResourceProperties("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["GlobalSecondaryIndexes"] = new object[]
            {
                new Dictionary<string, object>
                {
                    ["IndexName"] = "status-date-index",
                    ["KeySchema"] = new object[]
                    {
                        new Dictionary<string, object> { ["AttributeName"] = "status", ["KeyType"] = "HASH" },
                        new Dictionary<string, object> { ["AttributeName"] = "date", ["KeyType"] = "RANGE" },
                    },
                    ["Projection"] = new Dictionary<string, object> { ["ProjectionType"] = "ALL" },
                },
            },
            ["AttributeDefinitions"] = Match.ArrayWith(
            [
                new Dictionary<string, object> { ["AttributeName"] = "status", ["AttributeType"] = "S" },
                new Dictionary<string, object> { ["AttributeName"] = "date", ["AttributeType"] = "S" },
            ]),
        });
    }

    [Fact]
    public void Table_Always_IsOnDemandWithPointInTimeRecovery()
    {
        Template.HasResourceProperties("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["BillingMode"] = "PAY_PER_REQUEST",
            ["PointInTimeRecoverySpecification"] = new Dictionary<string, object> { ["PointInTimeRecoveryEnabled"] = true },
        });
    }

    [Fact]
    public void Table_Always_HasTheSchemaTheDataLibraryCreates()
    {
        var synthesized = TableSchemaView.Of(stacks.Default.Json.Properties(stacks.Default.Json.TableId));

        Assert.True(
            JsonNode.DeepEquals(TableSchemaView.OfEventsTable(), synthesized),
            $"CDK table {synthesized.ToJsonString()} is not the CreateTable request's {TableSchemaView.OfEventsTable().ToJsonString()}");
    }

    [Fact]
    public void Table_DefaultContext_IsRetainedOnDeleteAndReplace()
    {
        Template.HasResource("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["DeletionPolicy"] = "Retain",
            ["UpdateReplacePolicy"] = "Retain",
        });
    }

    [Fact]
    public void Table_DestroyTableContext_IsDeletedWithTheStack()
    {
        stacks.Configured.Template.HasResource("AWS::DynamoDB::Table", new Dictionary<string, object>
        {
            ["DeletionPolicy"] = "Delete",
            ["UpdateReplacePolicy"] = "Delete",
        });
    }
}

using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// The schema part of an <c>AWS::DynamoDB::Table</c> (billing, attribute definitions, key schema, indexes), read from
/// the data library's CreateTable request, so the CDK and SAM tables can be compared with what the library creates.
/// </summary>
public static class TableSchemaView
{
    private static readonly string[] SchemaProperties = ["BillingMode", "AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes"];

    /// <summary>The CloudFormation properties <see cref="EventTable.BuildCreateTableRequest"/> stands for.</summary>
    public static JsonObject OfCreateTableRequest()
    {
        var request = EventTable.BuildCreateTableRequest("events");
        return new JsonObject
        {
            ["BillingMode"] = request.BillingMode.Value,
            ["AttributeDefinitions"] = new JsonArray([.. request.AttributeDefinitions.Select(a =>
                (JsonNode)new JsonObject { ["AttributeName"] = a.AttributeName, ["AttributeType"] = a.AttributeType.Value })]),
            ["KeySchema"] = Keys(request.KeySchema),
            ["GlobalSecondaryIndexes"] = new JsonArray([.. request.GlobalSecondaryIndexes.Select(index => (JsonNode)new JsonObject
            {
                ["IndexName"] = index.IndexName,
                ["KeySchema"] = Keys(index.KeySchema),
                ["Projection"] = new JsonObject { ["ProjectionType"] = index.Projection.ProjectionType.Value },
            })]),
        };
    }

    /// <summary>The same properties of a template's table resource; nothing else of it.</summary>
    public static JsonObject Of(JsonObject tableProperties)
    {
        var view = new JsonObject();
        foreach (var name in SchemaProperties)
        {
            view[name] = tableProperties[name]?.DeepClone();
        }

        return view;
    }

    private static JsonArray Keys(List<KeySchemaElement> keys) =>
        new([.. keys.Select(k => (JsonNode)new JsonObject { ["AttributeName"] = k.AttributeName, ["KeyType"] = k.KeyType.Value })]);
}

using System.Text.Json.Nodes;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Data;

namespace EventFunctions.Cdk.Tests.Infrastructure;

/// <summary>
/// The schema part of an <c>AWS::DynamoDB::Table</c> (billing, attribute definitions, key schema, indexes), read from
/// the data library's CreateTable requests, so the CDK and SAM tables can be compared with what the library creates.
/// </summary>
public static class TableSchemaView
{
    private static readonly string[] SchemaProperties = ["BillingMode", "AttributeDefinitions", "KeySchema", "GlobalSecondaryIndexes"];

    public static JsonObject OfEventsTable() => OfCreateTableRequest(EventTable.BuildCreateTableRequest("events"));

    public static JsonObject OfIdempotencyTable() => OfCreateTableRequest(IdempotencyTable.BuildCreateTableRequest("records"));

    /// <summary>The CloudFormation properties a CreateTable request stands for.</summary>
    private static JsonObject OfCreateTableRequest(CreateTableRequest request) => new()
    {
        ["BillingMode"] = request.BillingMode.Value,
        ["AttributeDefinitions"] = new JsonArray([.. request.AttributeDefinitions.Select(a =>
            (JsonNode)new JsonObject { ["AttributeName"] = a.AttributeName, ["AttributeType"] = a.AttributeType.Value })]),
        ["KeySchema"] = Keys(request.KeySchema),
        ["GlobalSecondaryIndexes"] = request.GlobalSecondaryIndexes is { Count: > 0 } indexes
            ? new JsonArray([.. indexes.Select(index => (JsonNode)new JsonObject
            {
                ["IndexName"] = index.IndexName,
                ["KeySchema"] = Keys(index.KeySchema),
                ["Projection"] = new JsonObject { ["ProjectionType"] = index.Projection.ProjectionType.Value },
            })])
            : null,
    };

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

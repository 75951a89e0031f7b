using Amazon.DynamoDBv2;

namespace EventFunctions.Data;

/// <summary>An attribute that is part of a key of the table or of an index: its name and its scalar type.</summary>
public sealed record TableKey(string Name, ScalarAttributeType Type);

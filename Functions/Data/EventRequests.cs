using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Builds the single-item DynamoDB requests. Every attribute is referenced through an expression attribute name
/// (<c>date</c> and <c>status</c> are reserved words), and every write carries its condition.
/// </summary>
internal static class EventRequests
{
    private const string EventIdName = "#eventId";
    private const string VersionName = "#version";
    private const string UpdatedAtName = "#updatedAt";
    private const string ExpectedVersionValue = ":expectedVersion";
    private const string IncrementValue = ":one";
    private const string UpdatedAtValue = ":updatedAt";
    private const string ItemExists = "attribute_exists(" + EventIdName + ")";
    private const string ItemExistsWithVersion = ItemExists + " AND " + VersionName + " = " + ExpectedVersionValue;

    public static PutItemRequest Create(string tableName, Event stored) => new()
    {
        TableName = tableName,
        Item = EventItemMapper.ToItem(stored),
        ConditionExpression = "attribute_not_exists(" + EventIdName + ")",
        ExpressionAttributeNames = new Dictionary<string, string> { [EventIdName] = EventTable.EventIdAttribute },
    };

    public static GetItemRequest Get(string tableName, string eventId) => new()
    {
        TableName = tableName,
        Key = KeyOf(eventId),
        ConsistentRead = true,
    };

    /// <summary>
    /// <c>SET</c> only the given fields, <c>version = version + 1</c>, <c>updatedAt</c> and <c>updatedBy</c> (or
    /// <c>REMOVE updatedBy</c> without a caller); the item must exist
    /// (and have <paramref name="expectedVersion"/> when given).
    /// </summary>
    public static UpdateItemRequest Update(
        string tableName, string eventId, EventChanges changes, long? expectedVersion, DateTimeOffset now)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [EventIdName] = EventTable.EventIdAttribute,
            [VersionName] = EventTable.VersionAttribute,
            [UpdatedAtName] = EventTable.UpdatedAtAttribute,
        };
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal)
        {
            [IncrementValue] = new AttributeValue { N = "1" },
            [UpdatedAtValue] = new AttributeValue { S = AttributeFormat.FormatTimestamp(now) },
        };
        var assignments = new List<string>(10);

        void Set(string attribute, AttributeValue value)
        {
            names["#" + attribute] = attribute;
            values[":" + attribute] = value;
            assignments.Add($"#{attribute} = :{attribute}");
        }

        if (changes.Title is { } title)
        {
            Set(EventTable.TitleAttribute, new AttributeValue { S = title });
        }

        if (changes.Description is { } description)
        {
            Set(EventTable.DescriptionAttribute, new AttributeValue { S = description });
        }

        if (changes.Date is { } date)
        {
            Set(EventTable.DateAttribute, new AttributeValue { S = AttributeFormat.FormatDate(date) });
        }

        if (changes.Location is { } location)
        {
            Set(EventTable.LocationAttribute, new AttributeValue { S = location });
        }

        if (changes.Capacity is { } capacity)
        {
            Set(EventTable.CapacityAttribute, new AttributeValue { N = AttributeFormat.FormatNumber(capacity) });
        }

        if (changes.Organizer is { } organizer)
        {
            Set(EventTable.OrganizerAttribute, new AttributeValue { S = organizer });
        }

        if (changes.Status is { } status)
        {
            Set(EventTable.StatusAttribute, new AttributeValue { S = EventStatusNames.ToWire(status) });
        }

        assignments.Add($"{UpdatedAtName} = {UpdatedAtValue}");
        assignments.Add($"{VersionName} = {VersionName} + {IncrementValue}");

        // updatedBy names who made this change; without a caller it goes, rather than name who made an earlier one.
        // createdBy is never touched.
        var removals = string.Empty;
        if (changes.UpdatedBy is { } updatedBy)
        {
            Set(EventTable.UpdatedByAttribute, new AttributeValue { S = updatedBy });
        }
        else
        {
            names["#" + EventTable.UpdatedByAttribute] = EventTable.UpdatedByAttribute;
            removals = " REMOVE #" + EventTable.UpdatedByAttribute;
        }

        if (expectedVersion is { } version)
        {
            values[ExpectedVersionValue] = new AttributeValue { N = AttributeFormat.FormatNumber(version) };
        }

        return new UpdateItemRequest
        {
            TableName = tableName,
            Key = KeyOf(eventId),
            UpdateExpression = "SET " + string.Join(", ", assignments) + removals,
            ConditionExpression = expectedVersion is null ? ItemExists : ItemExistsWithVersion,
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
            ReturnValues = ReturnValue.ALL_NEW,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
    }

    public static DeleteItemRequest Delete(string tableName, string eventId, long? expectedVersion)
    {
        var request = new DeleteItemRequest
        {
            TableName = tableName,
            Key = KeyOf(eventId),
            ConditionExpression = ItemExists,
            ExpressionAttributeNames = new Dictionary<string, string> { [EventIdName] = EventTable.EventIdAttribute },
            ReturnValues = ReturnValue.ALL_OLD,
            ReturnValuesOnConditionCheckFailure = ReturnValuesOnConditionCheckFailure.ALL_OLD,
        };
        if (expectedVersion is { } version)
        {
            request.ConditionExpression = ItemExistsWithVersion;
            request.ExpressionAttributeNames[VersionName] = EventTable.VersionAttribute;
            request.ExpressionAttributeValues = new Dictionary<string, AttributeValue>
            {
                [ExpectedVersionValue] = new AttributeValue { N = AttributeFormat.FormatNumber(version) },
            };
        }

        return request;
    }

    private static Dictionary<string, AttributeValue> KeyOf(string eventId) =>
        new() { [EventTable.EventIdAttribute] = new AttributeValue { S = eventId } };
}

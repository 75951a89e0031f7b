using Amazon.DynamoDBv2.Model;
using EventFunctions.Model;

namespace EventFunctions.Data;

/// <summary>
/// Builds the list requests: with a status, a Query on the status/date index in date order (the date range is part of
/// the key condition); without one, a Scan of the table (the date range is a filter).
/// </summary>
internal static class ListRequests
{
    private const string StatusName = "#status";
    private const string DateName = "#date";
    private const string StatusValue = ":status";
    private const string FromValue = ":from";
    private const string ToValue = ":to";

    public static QueryRequest Query(string tableName, string indexName, EventQuery query)
    {
        var status = query.Status ?? throw new ArgumentException("A status query needs a status.", nameof(query));
        var values = DateValues(query);
        values[StatusValue] = new AttributeValue { S = EventStatusNames.ToWire(status) };

        var names = new Dictionary<string, string>(StringComparer.Ordinal) { [StatusName] = EventTable.StatusAttribute };
        var keyCondition = $"{StatusName} = {StatusValue}";
        if (DateCondition(query) is { } dateCondition)
        {
            names[DateName] = EventTable.DateAttribute;
            keyCondition += " AND " + dateCondition;
        }

        return new QueryRequest
        {
            TableName = tableName,
            IndexName = indexName,
            KeyConditionExpression = keyCondition,
            ExpressionAttributeNames = names,
            ExpressionAttributeValues = values,
            ScanIndexForward = true,
            Limit = query.Limit,
        };
    }

    public static ScanRequest Scan(string tableName, EventQuery query)
    {
        var request = new ScanRequest { TableName = tableName, Limit = query.Limit };
        if (DateCondition(query) is { } dateCondition)
        {
            request.FilterExpression = dateCondition;
            request.ExpressionAttributeNames = new Dictionary<string, string> { [DateName] = EventTable.DateAttribute };
            request.ExpressionAttributeValues = DateValues(query);
        }

        return request;
    }

    /// <summary>The inclusive date range, or <c>null</c> when the query has none.</summary>
    private static string? DateCondition(EventQuery query) => (query.From, query.To) switch
    {
        (not null, not null) => $"{DateName} BETWEEN {FromValue} AND {ToValue}",
        (not null, null) => $"{DateName} >= {FromValue}",
        (null, not null) => $"{DateName} <= {ToValue}",
        _ => null,
    };

    private static Dictionary<string, AttributeValue> DateValues(EventQuery query)
    {
        var values = new Dictionary<string, AttributeValue>(StringComparer.Ordinal);
        if (query.From is { } from)
        {
            values[FromValue] = new AttributeValue { S = AttributeFormat.FormatDate(from) };
        }

        if (query.To is { } to)
        {
            values[ToValue] = new AttributeValue { S = AttributeFormat.FormatDate(to) };
        }

        return values;
    }
}

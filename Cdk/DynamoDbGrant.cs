namespace EventFunctions.Cdk;

/// <summary>
/// DynamoDB actions a function's role allows: on the table, and when <see cref="OnIndex"/> also on the
/// <c>status-date-index</c> (Query and Scan are the only actions that address an index).
/// </summary>
internal sealed record DynamoDbGrant(IReadOnlyList<string> Actions, bool OnIndex)
{
    private static readonly string[] IndexActions = ["dynamodb:Query", "dynamodb:Scan"];

    /// <summary>Splits a function's declared actions into a table-only grant and a table-and-index grant.</summary>
    /// <exception cref="ArgumentException">An action is not a <c>dynamodb:</c> action.</exception>
    public static IReadOnlyList<DynamoDbGrant> For(IEnumerable<string> declaredActions)
    {
        ArgumentNullException.ThrowIfNull(declaredActions);
        string[] actions = [.. declaredActions.Distinct(StringComparer.Ordinal)];
        if (actions.FirstOrDefault(a => !a.StartsWith("dynamodb:", StringComparison.Ordinal) || a.Length == "dynamodb:".Length) is { } invalid)
        {
            throw new ArgumentException($"'{invalid}' is not a DynamoDB action (dynamodb:Operation).", nameof(declaredActions));
        }

        var onIndex = actions.Where(IndexActions.Contains).ToArray();
        var tableOnly = actions.Except(onIndex).ToArray();
        return [.. new[] { new DynamoDbGrant(tableOnly, false), new DynamoDbGrant(onIndex, true) }.Where(g => g.Actions.Count > 0)];
    }

    /// <summary>The operation name of an action, as CloudWatch's <c>Operation</c> dimension spells it.</summary>
    public static string OperationOf(string action) => action["dynamodb:".Length..];
}

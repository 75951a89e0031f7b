namespace EventFunctions.Configuration;

/// <summary>The functions' environment, read once in INIT.</summary>
public sealed record FunctionSettings(string TableName, Uri? DynamoDbEndpoint)
{
    public const string TableNameVariable = "EVENTS_TABLE_NAME";

    /// <summary>The standard AWS variables for a service endpoint: service-specific first, then global.</summary>
    public static readonly string[] EndpointVariables = ["AWS_ENDPOINT_URL_DYNAMODB", "AWS_ENDPOINT_URL"];

    public static FunctionSettings FromEnvironment(Func<string, string?>? read = null)
    {
        read ??= Environment.GetEnvironmentVariable;
        var table = read(TableNameVariable);
        if (string.IsNullOrWhiteSpace(table))
        {
            throw new InvalidOperationException($"{TableNameVariable} is not set; it names the DynamoDB table of events.");
        }

        var endpoint = EndpointVariables.Select(read).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        if (endpoint is not null && !Uri.TryCreate(endpoint, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"The DynamoDB endpoint '{endpoint}' is not an absolute URL.");
        }

        return new FunctionSettings(table, endpoint is null ? null : new Uri(endpoint));
    }
}

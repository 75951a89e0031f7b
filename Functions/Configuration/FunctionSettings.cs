namespace EventFunctions.Configuration;

/// <summary>The functions' environment, read once in INIT.</summary>
public sealed record FunctionSettings(string TableName, Uri? DynamoDbEndpoint)
{
    public const string TableNameVariable = "EVENTS_TABLE_NAME";
    public const string IdempotencyTableNameVariable = "IDEMPOTENCY_TABLE_NAME";
    public const string IdempotencyExpiryVariable = "IDEMPOTENCY_EXPIRY_SECONDS";

    /// <summary>The longest an Idempotency-Key may be remembered: 30 days.</summary>
    public const int MaxIdempotencyExpirySeconds = 30 * 24 * 3600;

    /// <summary>The table of idempotency records; <c>&lt;events table&gt;-idempotency</c> unless set.</summary>
    public string IdempotencyTableName { get; init; } = TableName + "-idempotency";

    /// <summary>How long a completed Idempotency-Key is remembered.</summary>
    public TimeSpan IdempotencyExpiry { get; init; } = Data.DynamoDbIdempotencyStore.DefaultExpiry;

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

        var settings = new FunctionSettings(table, endpoint is null ? null : new Uri(endpoint));
        if (read(IdempotencyTableNameVariable) is { Length: > 0 } idempotencyTable)
        {
            settings = settings with { IdempotencyTableName = idempotencyTable };
        }

        if (read(IdempotencyExpiryVariable) is { Length: > 0 } expiry)
        {
            settings = settings with
            {
                IdempotencyExpiry = int.TryParse(expiry, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
                    && seconds is > 0 and <= MaxIdempotencyExpirySeconds
                    ? TimeSpan.FromSeconds(seconds)
                    : throw new InvalidOperationException(
                        $"{IdempotencyExpiryVariable} is '{expiry}'; it must be a number of seconds from 1 to {MaxIdempotencyExpirySeconds}."),
            };
        }

        return settings;
    }
}

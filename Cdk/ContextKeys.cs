namespace EventFunctions.Cdk;

/// <summary>The <c>-c key=value</c> settings the app reads (see the README's deploy section).</summary>
internal static class ContextKeys
{
    /// <summary><c>aot</c> (default: Native AOT on provided.al2023) or <c>managed</c> (dotnet10, ReadyToRun, SnapStart).</summary>
    public const string Runtime = "runtime";

    /// <summary><c>x86_64</c> (default) or <c>arm64</c>.</summary>
    public const string Architecture = "architecture";

    /// <summary>Comma-separated allowed origins, default <c>*</c>.</summary>
    public const string CorsOrigins = "corsOrigins";

    /// <summary><c>true</c> deletes the tables (events, idempotency records) with the stack; by default they are retained.</summary>
    public const string DestroyTable = "destroyTable";

    /// <summary><c>true</c> makes every route require an API key (a usage plan and one key are created).</summary>
    public const string ApiKeyRequired = "apiKeyRequired";

    /// <summary>Stage-wide steady-state requests per second.</summary>
    public const string ThrottleRateLimit = "throttleRateLimit";

    /// <summary>Stage-wide burst of requests.</summary>
    public const string ThrottleBurstLimit = "throttleBurstLimit";

    /// <summary>
    /// Seconds an Idempotency-Key is remembered, 1 to <see cref="Configuration.FunctionSettings.MaxIdempotencyExpirySeconds"/>;
    /// unset, the functions' default (24 hours).
    /// </summary>
    public const string IdempotencyExpirySeconds = "idempotencyExpirySeconds";

    /// <summary>A folder holding the already published functions; when absent the app publishes them.</summary>
    public const string FunctionsAsset = "functionsAsset";
}

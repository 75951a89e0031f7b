namespace EventFunctions.Cdk;

/// <summary>The API stage's access log line: one JSON object per request.</summary>
internal static class AccessLogJson
{
    public const string Format =
        "{\"requestId\":\"$context.requestId\",\"requestTime\":\"$context.requestTime\","
        + "\"ip\":\"$context.identity.sourceIp\",\"httpMethod\":\"$context.httpMethod\","
        + "\"resourcePath\":\"$context.resourcePath\",\"path\":\"$context.path\",\"status\":\"$context.status\","
        + "\"protocol\":\"$context.protocol\",\"responseLength\":\"$context.responseLength\","
        + "\"responseLatency\":\"$context.responseLatency\",\"integrationLatency\":\"$context.integrationLatency\","
        + "\"integrationError\":\"$context.integrationErrorMessage\",\"xrayTraceId\":\"$context.xrayTraceId\"}";
}

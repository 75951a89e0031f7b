namespace EventFunctions.LocalGateway.OpenApi;

/// <summary>What a response's body is.</summary>
internal enum ResponseBody
{
    None,
    Event,
    EventList,
    Problem,
}

/// <summary>One documented response of an operation: status, meaning, body and headers (names in <see cref="ResponseHeaders"/>).</summary>
internal sealed record ResponseSpec(int Status, string Description, ResponseBody Body, params string[] Headers);

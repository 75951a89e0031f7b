namespace EventFunctions.Annotations.APIGatewayEvents;

/// <summary>The response a REST API proxy integration returns to API Gateway.</summary>
public sealed class APIGatewayProxyResponse
{
    public int StatusCode { get; set; }

    public IDictionary<string, string>? Headers { get; set; }

    public IDictionary<string, IList<string>>? MultiValueHeaders { get; set; }

    public string? Body { get; set; }

    public bool IsBase64Encoded { get; set; }
}

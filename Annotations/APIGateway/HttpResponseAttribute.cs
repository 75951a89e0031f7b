namespace EventFunctions.Annotations.APIGateway;

/// <summary>
/// Declares a response a REST API function gives, for the function manifest and the OpenAPI document built from it.
/// On a method it is that function's; on the assembly, every function's (a method's own entry for the same status
/// replaces it). The responses the generated handler itself gives (a body that is not JSON, a parameter that does
/// not bind, an unexpected exception) are added by the generator.
/// </summary>
[AttributeUsage(AttributeTargets.Method | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class HttpResponseAttribute(int statusCode, string description) : Attribute
{
    /// <summary>The HTTP status, 200 to 599.</summary>
    public int StatusCode { get; } = statusCode;

    /// <summary>When the function answers with this status.</summary>
    public string Description { get; } = description;

    /// <summary>
    /// The success body's type (an array type for a JSON array). Omit it for an empty body; every 4xx and 5xx body
    /// is an <c>application/problem+json</c> <see cref="ProblemDetails"/>, so error statuses take none.
    /// </summary>
    public Type? Body { get; set; }

    /// <summary>The response headers this answer carries (e.g. <c>ETag</c>).</summary>
    public string[] Headers { get; set; } = [];
}

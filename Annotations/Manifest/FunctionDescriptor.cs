namespace EventFunctions.Annotations.Manifest;

/// <summary>One Lambda function: its handler, route, settings, the DynamoDB actions its role needs, and its responses.</summary>
public sealed record FunctionDescriptor(
    string Name,
    string Handler,
    string Method,
    string HttpMethod,
    string Path,
    int MemorySize,
    int Timeout,
    IReadOnlyList<string> DynamoDbActions,
    string? Summary,
    IReadOnlyList<ParameterDescriptor> Parameters,
    BodyDescriptor? Body,
    IReadOnlyList<ResponseDescriptor> Responses,
    bool Idempotent = false)
{
    /// <summary>The handler's type name, the middle part of <c>Assembly::Type::Method</c>.</summary>
    public string HandlerType => Handler.Split("::")[1];
}

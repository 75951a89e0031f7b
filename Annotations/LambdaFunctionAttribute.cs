namespace EventFunctions.Annotations;

/// <summary>
/// Marks a method as a Lambda function. The source generator emits a handler class for it
/// and an entry in the function manifest that deployment and local tooling read.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class LambdaFunctionAttribute : Attribute
{
    /// <summary>The function's logical name (CloudFormation resource name and Lambda function name suffix).</summary>
    public string? ResourceName { get; set; }

    /// <summary>Memory in MB, 128 to 10240.</summary>
    public int MemorySize { get; set; } = 512;

    /// <summary>Timeout in seconds, 1 to 900.</summary>
    public int Timeout { get; set; } = 30;

    /// <summary>
    /// The DynamoDB actions the function calls (e.g. <c>dynamodb:GetItem</c>); its role gets exactly these.
    /// </summary>
    public string[] DynamoDbActions { get; set; } = [];
}

namespace EventFunctions.Annotations.APIGateway;

/// <summary>Wires a Lambda function to one API Gateway REST API method and resource template.</summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class RestApiAttribute(LambdaHttpMethod method, string template) : Attribute
{
    public LambdaHttpMethod Method { get; } = method;

    /// <summary>The resource template, e.g. <c>/events/{eventId}</c>.</summary>
    public string Template { get; } = template;
}

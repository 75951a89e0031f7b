namespace EventFunctions.Annotations.APIGateway;

/// <summary>The HTTP method of an API Gateway route.</summary>
public enum LambdaHttpMethod
{
    Any,
    Get,
    Post,
    Put,
    Patch,
    Head,
    Delete,
    Options,
}

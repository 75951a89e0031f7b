using EventFunctions.Annotations.APIGatewayEvents;

namespace EventFunctions.Annotations.Runtime;

/// <summary>One REST API invocation as the generated binding code sees it.</summary>
public sealed class RestApiInvocation(APIGatewayProxyRequest request, IServiceProvider services)
{
    public APIGatewayProxyRequest Request { get; } = request;

    /// <summary>The invocation's DI scope.</summary>
    public IServiceProvider Services { get; } = services;

    public BindingErrors Errors { get; } = new();

    public string? RequestId => Request.RequestContext?.RequestId;

    public string? Route(string name) => RequestValues.Route(Request, name);

    public string? Header(string name) => RequestValues.Header(Request, name);

    public IReadOnlyList<string> QueryValues(string name) => RequestValues.QueryValues(Request, name);

    /// <summary>A scalar query value; given more than once is an error, since which one wins is ambiguous.</summary>
    public string? Query(string name)
    {
        var values = QueryValues(name);
        if (values.Count > 1)
        {
            Errors.Add(name, "must be given only once");
            return null;
        }

        return values.Count == 1 ? values[0] : null;
    }
}

namespace EventFunctions.Annotations.APIGateway;

/// <summary>Binds a parameter from a path parameter of the route template.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromRouteAttribute : Attribute
{
    /// <summary>The template name; defaults to the parameter name.</summary>
    public string? Name { get; set; }

    /// <summary>A realistic value for the documentation (OpenAPI's parameter <c>example</c>, which Swagger UI fills in).</summary>
    public string? Example { get; set; }
}

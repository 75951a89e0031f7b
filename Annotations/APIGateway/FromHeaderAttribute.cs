namespace EventFunctions.Annotations.APIGateway;

/// <summary>Binds a parameter from a request header (matched case-insensitively).</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromHeaderAttribute : Attribute
{
    /// <summary>The header name; defaults to the parameter name.</summary>
    public string? Name { get; set; }

    /// <summary>A realistic value for the documentation (OpenAPI's parameter <c>example</c>, which Swagger UI fills in).</summary>
    public string? Example { get; set; }
}

namespace EventFunctions.Annotations.Manifest;

/// <summary>A route, query or header parameter; <see cref="In"/> is <c>route</c>, <c>query</c> or <c>header</c>;
/// <see cref="Description"/> is the method's <c>&lt;param&gt;</c> documentation and <see cref="Example"/> the binding attribute's.</summary>
public sealed record ParameterDescriptor(
    string Name,
    string In,
    string Type,
    string? Format,
    bool Array,
    bool Required,
    IReadOnlyList<string> Enum,
    string? Description,
    string? Example);

namespace EventFunctions.Annotations.Manifest;

/// <summary>
/// One documented response of a function. <see cref="Body"/> is the body's type name (<c>null</c> for none);
/// <see cref="DeclaredBy"/> is <c>function</c>, <c>assembly</c> or <c>handler</c> (added by the generator for
/// what the generated handler answers itself). A status can appear once per source.
/// </summary>
public sealed record ResponseDescriptor(
    int Status,
    string Description,
    string? Body,
    bool BodyIsArray,
    IReadOnlyList<string> Headers,
    string DeclaredBy)
{
    public const string ByFunction = "function";
    public const string ByAssembly = "assembly";
    public const string ByHandler = "handler";
}

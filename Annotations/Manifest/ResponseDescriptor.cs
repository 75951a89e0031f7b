namespace EventFunctions.Annotations.Manifest;

/// <summary>
/// One documented response of a function. <see cref="Body"/> is the body's type name (<c>null</c> for none);
/// <see cref="DeclaredBy"/> is <c>function</c>, <c>assembly</c> or <c>handler</c> (added by the generator for
/// what the generated handler answers itself). <see cref="DirectInvocationOnly"/> marks what only a direct invocation
/// (<c>aws lambda invoke</c> with a hand-made event) can get, never an HTTP client of API Gateway.
/// </summary>
public sealed record ResponseDescriptor(
    int Status,
    string Description,
    string? Body,
    bool BodyIsArray,
    IReadOnlyList<string> Headers,
    string DeclaredBy,
    bool DirectInvocationOnly)
{
    public const string ByFunction = "function";
    public const string ByAssembly = "assembly";
    public const string ByHandler = "handler";
}

namespace EventFunctions.ManagedRuntime;

/// <summary>A .NET Lambda handler string, <c>Assembly::Namespace.Type::Method</c>, split as the managed runtime splits it.</summary>
public sealed record HandlerString(string AssemblyName, string TypeName, string MethodName)
{
    private const string Separator = "::";

    /// <exception cref="FormatException">The string does not have three non-empty parts.</exception>
    public static HandlerString Parse(string handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var parts = handler.Split(Separator);
        if (parts.Length != 3 || parts.Any(string.IsNullOrWhiteSpace))
        {
            throw new FormatException(
                $"The handler string '{handler}' is not in the format 'AssemblyName::Namespace.TypeName::MethodName'.");
        }

        return new HandlerString(parts[0], parts[1], parts[2]);
    }

    public override string ToString() => string.Join(Separator, AssemblyName, TypeName, MethodName);
}

namespace EventFunctions.Annotations;

/// <summary>
/// Names the assembly's source-generated <c>JsonSerializerContext</c>, used for typed request bodies and
/// response bodies, so that no serialization path needs reflection.
/// </summary>
[AttributeUsage(AttributeTargets.Assembly, AllowMultiple = false, Inherited = false)]
public sealed class LambdaJsonSerializerContextAttribute(Type contextType) : Attribute
{
    public Type ContextType { get; } = contextType;
}

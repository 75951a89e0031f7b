namespace EventFunctions.Annotations;

/// <summary>Binds a parameter from the invocation's dependency injection scope.</summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromServicesAttribute : Attribute
{
}

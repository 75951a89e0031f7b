namespace EventFunctions.Annotations;

/// <summary>
/// Marks the class that provides the functions' services, once per execution environment (Lambda's INIT phase):
/// either <c>public void ConfigureServices(IServiceCollection)</c>, whose registrations the generated handler builds
/// into a container (a scope per invocation), or <c>public IServiceProvider CreateServiceProvider()</c>, services the
/// class composes itself (no container, no scope; it must provide the function's class when that is not static).
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LambdaStartupAttribute : Attribute
{
}

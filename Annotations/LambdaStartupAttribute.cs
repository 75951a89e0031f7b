namespace EventFunctions.Annotations;

/// <summary>
/// Marks the class whose <c>ConfigureServices(IServiceCollection)</c> registers the functions' services.
/// It runs once per execution environment, during Lambda's INIT phase.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class LambdaStartupAttribute : Attribute
{
}

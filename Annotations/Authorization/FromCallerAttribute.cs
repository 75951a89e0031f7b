namespace EventFunctions.Annotations.Authorization;

/// <summary>
/// Binds a <see cref="Caller"/>? parameter to the request's caller as API Gateway's authorizer established it
/// (<see cref="CallerIdentity.Read"/>); <see langword="null"/> when the method has no authorizer. Nothing the client
/// sends can set it. An unusable identity is an <see cref="UnusableCallerException"/>: a 500, logged.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromCallerAttribute : Attribute
{
}

namespace EventFunctions.Annotations.APIGateway;

/// <summary>
/// Binds a parameter from the JSON request body. A non-JSON content type is a 415, a body over
/// <see cref="MaxBytes"/> a 413 and an unparseable one a 400, before the method runs.
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public sealed class FromBodyAttribute : Attribute
{
    /// <summary>The largest accepted body, in bytes after base64 decoding. Defaults to 64 KiB.</summary>
    public int MaxBytes { get; set; } = 64 * 1024;

    /// <summary>
    /// The type the body is documented as when the parameter reads it raw (a <c>JsonElement</c> a validator then
    /// checks field by field); defaults to the parameter's type.
    /// </summary>
    public Type? Schema { get; set; }
}

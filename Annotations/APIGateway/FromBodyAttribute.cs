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
}

namespace EventFunctions.Annotations.Manifest;

/// <summary>The JSON request body a function accepts; <see cref="Schema"/> is the type it is documented as.</summary>
public sealed record BodyDescriptor(string Type, string Schema, int MaxBytes, bool Required);

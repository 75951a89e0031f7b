namespace EventFunctions.Annotations.Manifest;

/// <summary>The JSON request body a function accepts.</summary>
public sealed record BodyDescriptor(string Type, int MaxBytes, bool Required);

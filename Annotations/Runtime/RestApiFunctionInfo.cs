namespace EventFunctions.Annotations.Runtime;

/// <summary>What a generated handler knows about its function: its name and route.</summary>
public sealed record RestApiFunctionInfo(string Name, string HttpMethod, string PathTemplate);

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>The resource a request path selected and its URL-decoded path parameters.</summary>
internal sealed record ResourceMatch(ApiResource Resource, IReadOnlyDictionary<string, string> PathParameters);

namespace EventFunctions.LocalGateway.Authorization;

/// <summary>The parts of an HTTP request a SigV4 signature covers.</summary>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The path as sent, still percent-encoded.</param>
/// <param name="Query">The query string as sent, without <c>?</c>; empty when there is none.</param>
/// <param name="Headers">The request headers.</param>
/// <param name="Body">The body's bytes.</param>
internal sealed record SigV4Request(string Method, string Path, string Query, IHeaderDictionary Headers, byte[] Body);

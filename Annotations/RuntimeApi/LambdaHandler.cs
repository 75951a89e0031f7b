namespace EventFunctions.Annotations.RuntimeApi;

/// <summary>One invocation: the event's bytes in, the response's bytes out.</summary>
public delegate Task<Stream> LambdaHandler(Stream input, ILambdaContext context);

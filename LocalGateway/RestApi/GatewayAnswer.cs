namespace EventFunctions.LocalGateway.RestApi;

/// <summary>One of API Gateway's own answers: its status, its <c>{"message": ...}</c> and its <c>x-amzn-ErrorType</c>.</summary>
internal sealed record GatewayAnswer(int Status, string Message, string? ErrorType);

using EventFunctions.Annotations;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Http;

// Executable mode: GeneratedProgram.Main runs the function ANNOTATIONS_HANDLER names behind the Lambda Runtime API
// (provided.al2023, Native AOT). The class-library handler strings keep working on the managed runtime.
[assembly: LambdaGlobalProperties(GenerateMain = true)]

// DynamoDB throttling or an outage reaches every function through DataStoreExceptionMapper.
[assembly: HttpResponse(503, DataStoreExceptionMapper.UnavailableDetail, Headers = [HttpHeaderNames.RetryAfter])]

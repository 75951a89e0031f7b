// The floor functions as an executable behind the Lambda Runtime API, the way the functions' generated Main runs:
// the same LambdaBootstrap loop, the handler chosen by ANNOTATIONS_HANDLER ("Floor": one AmazonDynamoDBClient built
// in INIT and one consistent GetItem per invocation; "Noop": a constant response, no I/O). Nothing else.
using EventFunctions.Annotations.RuntimeApi;
using EventFunctions.Benchmarks.ColdStartFloor;

return await LambdaBootstrap.RunAsync(LambdaHandler () =>
{
    if (Environment.GetEnvironmentVariable("ANNOTATIONS_HANDLER") == "Noop")
    {
        var noop = new NoopHandler();
        return (input, _) => noop.FunctionHandler(input);
    }

    var floor = new FloorHandler();
    return (input, _) => floor.FunctionHandler(input);
});

// The cold-start floor: the least any DynamoDB-backed function must do before its first response. It builds one
// AmazonDynamoDBClient (endpoint from AWS_ENDPOINT_URL_DYNAMODB, credentials and region from the environment, as the
// functions do) and sends one GetItem. Prints the same timestamp line as the Bootstrap.
//
// Usage: ColdStartFloor <table> <eventId>
using System.Diagnostics;
using System.Globalization;
using Amazon.DynamoDBv2;
using Amazon.DynamoDBv2.Model;

var mainEntered = Stopwatch.GetTimestamp();
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: ColdStartFloor <table> <eventId>");
    return 2;
}

var config = new AmazonDynamoDBConfig();
if (Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_DYNAMODB") is { Length: > 0 } endpoint)
{
    config.ServiceURL = endpoint;
}

using var client = new AmazonDynamoDBClient(config);
var constructed = Stopwatch.GetTimestamp();

var response = await client.GetItemAsync(new GetItemRequest
{
    TableName = args[0],
    Key = new() { ["eventId"] = new AttributeValue { S = args[1] } },
    ConsistentRead = true,
});
var responded = Stopwatch.GetTimestamp();

var status = response.Item is { Count: > 0 } ? 200 : 404;
Console.Out.WriteLine(string.Create(
    CultureInfo.InvariantCulture,
    $"COLDSTART main={mainEntered} loaded={mainEntered} init={constructed} response={responded} status={status} "
    + $"jitus={(long)System.Runtime.JitInfo.GetCompilationTime().TotalMicroseconds} jitmethods={System.Runtime.JitInfo.GetCompiledMethodCount()}"));
return 0;

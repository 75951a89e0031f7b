using System.Net;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.LambdaApi;

public abstract class InvokeApiTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task Invoke_FunctionName_Returns200WithTheRawHandlerOutput()
    {
        using var request = InvokeRequests.Create("ListEvents", Samples.Content("list-events.json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("$LATEST", Assert.Single(response.Headers.GetValues("X-Amz-Executed-Version")));
        Assert.False(response.Headers.Contains("X-Amz-Function-Error"));
        using var output = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, output.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(JsonValueKind.Array, JsonDocument.Parse(output.RootElement.GetProperty("body").GetString()!).RootElement.ValueKind);
    }

    [Theory]
    [InlineData("ListEvents:$LATEST")]
    [InlineData("ListEvents:live")]
    [InlineData("123456789012:function:ListEvents")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:ListEvents")]
    [InlineData("arn:aws:lambda:us-east-1:123456789012:function:ListEvents:live")]
    public async Task Invoke_QualifiedNameOrArn_InvokesTheFunction(string functionName)
    {
        using var request = InvokeRequests.Create(functionName, Samples.Content("list-events.json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_UnknownFunction_Returns404ResourceNotFoundAsLambdaDoes()
    {
        using var request = InvokeRequests.Create("NoSuchFunction", Samples.Content("list-events.json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("ResourceNotFoundException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
        Assert.Equal(
            """{"Type":"User","Message":"Function not found: arn:aws:lambda:us-east-1:123456789012:function:NoSuchFunction"}""",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Invoke_UnknownQualifier_Returns404()
    {
        using var request = InvokeRequests.Create("ListEvents:7", Samples.Content("list-events.json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("function:ListEvents:7", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_EventInvocationType_Returns202WithoutBody()
    {
        using var request = InvokeRequests.Create("ListEvents", Samples.Content("list-events.json"), "Event");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Invoke_DryRunInvocationType_Returns204()
    {
        using var request = InvokeRequests.Create("ListEvents", Samples.Content("list-events.json"), "DryRun");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
    }

    [Fact]
    public async Task Invoke_PayloadNotJson_Returns400InvalidRequestContent()
    {
        using var request = InvokeRequests.Create("ListEvents", new StringContent("{not json"));

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("InvalidRequestContentException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class InvokeApiExecutableTests(EventsApiFixture api) : InvokeApiTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class InvokeApiAotTests(AotEventsApiFixture api) : InvokeApiTests(api);

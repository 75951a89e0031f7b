using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EventFunctions.LocalGateway.TestFunctions;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

/// <summary>The REST proxy event a function receives, seen through a function that echoes it back.</summary>
[Collection(EchoGatewayCollectionDefinition.Name)]
public sealed class ProxyEventTests(EchoGatewayFixture echo)
{
    private readonly HttpClient client = echo.Client;

    [Fact]
    public async Task Event_EncodedPathParameter_IsDecodedWhilePathStaysAsSent()
    {
        var proxyEvent = await EchoAsync(HttpMethod.Get, "/echo/a%20b%2Fc");

        Assert.Equal("/echo/{id}", proxyEvent.GetProperty("resource").GetString());
        Assert.Equal("/echo/a%20b%2Fc", proxyEvent.GetProperty("path").GetString());
        Assert.Equal("a b/c", proxyEvent.GetProperty("pathParameters").GetProperty("id").GetString());
    }

    [Fact]
    public async Task Event_LiteralSegment_WinsOverParameter()
    {
        var proxyEvent = await EchoAsync(HttpMethod.Get, "/echo/literal");

        Assert.Equal("/echo/literal", proxyEvent.GetProperty("resource").GetString());
        Assert.Equal(JsonValueKind.Null, proxyEvent.GetProperty("pathParameters").ValueKind);
    }

    [Fact]
    public async Task Event_RepeatedQueryParameter_IsInBothQueryMapsDecoded()
    {
        var proxyEvent = await EchoAsync(HttpMethod.Get, "/echo/1?tag=a&tag=b%2Bc&q=x%20y");

        Assert.Equal("b+c", proxyEvent.GetProperty("queryStringParameters").GetProperty("tag").GetString());
        Assert.Equal(
            ["a", "b+c"],
            proxyEvent.GetProperty("multiValueQueryStringParameters").GetProperty("tag").EnumerateArray().Select(v => v.GetString()));
        Assert.Equal("x y", proxyEvent.GetProperty("queryStringParameters").GetProperty("q").GetString());
    }

    [Fact]
    public async Task Event_NoQueryString_HasNullQueryMaps()
    {
        var proxyEvent = await EchoAsync(HttpMethod.Get, "/echo/1");

        Assert.Equal(JsonValueKind.Null, proxyEvent.GetProperty("queryStringParameters").ValueKind);
        Assert.Equal(JsonValueKind.Null, proxyEvent.GetProperty("multiValueQueryStringParameters").ValueKind);
    }

    [Fact]
    public async Task Event_HeaderOnTwoLines_IsInBothHeaderMaps()
    {
        var body = await RawHttp.GetBodyAsync(echo.BaseAddress, "GET /echo/1 HTTP/1.1", "X-Trace: first", "X-Trace: second");
        using var proxyEvent = JsonDocument.Parse(body);

        Assert.Equal("second", proxyEvent.RootElement.GetProperty("headers").GetProperty("X-Trace").GetString());
        Assert.Equal(
            ["first", "second"],
            proxyEvent.RootElement.GetProperty("multiValueHeaders").GetProperty("X-Trace").EnumerateArray().Select(v => v.GetString()));
    }

    [Fact]
    public async Task Event_JsonBody_IsPassedAsText()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/echo/1") { Content = TestEvents.Json("{\"a\":1}") };

        var proxyEvent = await SendAsync(request);

        Assert.Equal("{\"a\":1}", proxyEvent.GetProperty("body").GetString());
        Assert.False(proxyEvent.GetProperty("isBase64Encoded").GetBoolean());
    }

    [Fact]
    public async Task Event_BinaryBody_IsPassedAsBase64()
    {
        byte[] bytes = [0, 159, 255, 1];
        using var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/echo/1") { Content = content };

        var proxyEvent = await SendAsync(request);

        Assert.True(proxyEvent.GetProperty("isBase64Encoded").GetBoolean());
        Assert.Equal(bytes, Convert.FromBase64String(proxyEvent.GetProperty("body").GetString()!));
    }

    [Fact]
    public async Task Event_RequestContext_DescribesTheStageRequestAndCaller()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/echo/ctx");
        request.Headers.UserAgent.ParseAdd("event-tests/1.0");
        var before = DateTimeOffset.UtcNow.AddSeconds(-5).ToUnixTimeMilliseconds();

        using var response = await client.SendAsync(request);
        var context = (await ReadEventAsync(response)).GetProperty("requestContext");

        Assert.Equal("prod", context.GetProperty("stage").GetString());
        Assert.Equal("/echo/{id}", context.GetProperty("resourcePath").GetString());
        Assert.Equal("/echo/ctx", context.GetProperty("path").GetString());
        Assert.Equal("GET", context.GetProperty("httpMethod").GetString());
        Assert.Equal("123456789012", context.GetProperty("accountId").GetString());
        Assert.False(string.IsNullOrEmpty(context.GetProperty("apiId").GetString()));
        Assert.Equal(Assert.Single(response.Headers.GetValues("x-amzn-RequestId")), context.GetProperty("requestId").GetString());
        Assert.True(Guid.TryParse(context.GetProperty("requestId").GetString(), out _));
        Assert.InRange(context.GetProperty("requestTimeEpoch").GetInt64(), before, before + 60_000);
        Assert.Equal("127.0.0.1", context.GetProperty("identity").GetProperty("sourceIp").GetString());
        Assert.Equal("event-tests/1.0", context.GetProperty("identity").GetProperty("userAgent").GetString());
    }

    [Fact]
    public async Task Response_SingleAndMultiValueHeaders_AreAllSent()
    {
        using var response = await client.GetAsync("/echo/1");

        Assert.Equal("one", Assert.Single(response.Headers.GetValues("X-Single")));
        Assert.Equal(["a", "b"], response.Headers.GetValues("X-Multi"));
    }

    [Fact]
    public async Task Response_Base64Body_IsSentDecoded()
    {
        using var response = await client.GetAsync("/binary");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/octet-stream", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(BinaryFunction.Bytes, await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("/broken")]
    [InlineData("/throwing")]
    [InlineData("/slow")]
    public async Task FailingFunction_Returns502InternalServerError(string path)
    {
        using var response = await client.GetAsync(path);

        await Problems.AssertGatewayAsync(response, HttpStatusCode.BadGateway, "Internal server error");
    }

    private Task<JsonElement> EchoAsync(HttpMethod method, string path) => SendAsync(new HttpRequestMessage(method, path));

    private async Task<JsonElement> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await client.SendAsync(request);
            return await ReadEventAsync(response);
        }
    }

    private static async Task<JsonElement> ReadEventAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}

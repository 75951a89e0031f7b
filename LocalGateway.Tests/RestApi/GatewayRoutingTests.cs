using System.Net;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.RestApi;

/// <summary>What API Gateway itself answers, before any function runs.</summary>
public abstract class GatewayRoutingTests(EventsApiFixture api)
{
    private readonly HttpClient client = api.Client;

    [Theory]
    [InlineData("/nope")]
    [InlineData("/events/a/b")]
    [InlineData("/")]
    public async Task UnknownPath_Returns403MissingAuthenticationToken(string path)
    {
        using var response = await client.GetAsync(path);

        await Problems.AssertGatewayAsync(response, HttpStatusCode.Forbidden, "Missing Authentication Token");
        Assert.Equal("MissingAuthenticationTokenException", Assert.Single(response.Headers.GetValues("x-amzn-ErrorType")));
    }

    [Fact]
    public async Task UnknownMethodOnKnownResource_Returns403MissingAuthenticationToken()
    {
        using var response = await client.PatchAsync("/events", TestEvents.Json("{}"));

        await Problems.AssertGatewayAsync(response, HttpStatusCode.Forbidden, "Missing Authentication Token");
    }

    [Fact]
    public async Task BodyOver10MB_Returns413FromTheGateway()
    {
        using var content = new ByteArrayContent(new byte[(10 * 1024 * 1024) + 1]);
        content.Headers.ContentType = new("application/json");

        using var response = await client.PostAsync("/events", content);

        await Problems.AssertGatewayAsync(response, HttpStatusCode.RequestEntityTooLarge, "Request Too Long");
    }

    [Fact]
    public async Task EventIdWithDots_ReachesTheFunction()
    {
        using var response = await client.GetAsync("/events/evt.with.dots.json");

        await Problems.AssertAsync(response, HttpStatusCode.NotFound);
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class GatewayRoutingExecutableTests(EventsApiFixture api) : GatewayRoutingTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class GatewayRoutingAotTests(AotEventsApiFixture api) : GatewayRoutingTests(api);

using System.Text.Json.Nodes;
using EventFunctions.Data;
using EventFunctions.Model;
using EventFunctions.Tests.Infrastructure;
using Moq;

namespace EventFunctions.Tests.Handlers;

/// <summary>A status is spelled one way, matched exactly, in the query string as in the body.</summary>
[Trait("Category", "Unit")]
public sealed class StatusCaseRuleTests
{
    private static readonly string AllowedValues = "must be one of: " + string.Join(", ", EventStatusNames.All);

    private readonly HandlerHarness harness = new();

    [Fact]
    public async Task ListEvents_StatusInUppercase_Returns422WithoutCallingTheStore()
    {
        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ListWithStatus("ACTIVE"));

        Assert.Equal(422, response.StatusCode);
        harness.Store.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task ListEvents_StatusInUppercase_NamesTheAllowedValuesAsTheBodyDoes()
    {
        var query = await harness.InvokeAsync<Functions_ListEvents_Generated>(ListWithStatus("ACTIVE"));
        var body = await harness.InvokeAsync<Functions_CreateEvent_Generated>(CreateWithStatus("ACTIVE"));

        Assert.Equal([AllowedValues], body.ErrorsFor("status"));
        Assert.Equal(body.ErrorsFor("status"), query.ErrorsFor("status"));
    }

    [Fact]
    public async Task ListEvents_StatusInLowercase_QueriesThatStatus()
    {
        harness.Store.Setup(s => s.ListAsync(It.IsAny<EventQuery>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(ListResult.Success(new EventPage([], null)));

        var response = await harness.InvokeAsync<Functions_ListEvents_Generated>(ListWithStatus(EventStatusNames.Active));

        Assert.Equal(200, response.StatusCode);
        harness.Store.Verify(s => s.ListAsync(It.Is<EventQuery>(q => q.Status == EventStatus.Active), It.IsAny<CancellationToken>()));
    }

    private static string ListWithStatus(string status)
    {
        var proxyEvent = ProxyEventSamples.Edit("list-events-by-status.json");
        proxyEvent["queryStringParameters"]!["status"] = status;
        proxyEvent["multiValueQueryStringParameters"]!["status"] = new JsonArray(status);
        return proxyEvent.ToJsonString();
    }

    private static string CreateWithStatus(string status)
    {
        var proxyEvent = ProxyEventSamples.Edit("create-event.json");
        var body = JsonNode.Parse((string)proxyEvent["body"]!)!.AsObject();
        body["status"] = status;
        return proxyEvent.WithBody(body.ToJsonString()).ToJsonString();
    }
}

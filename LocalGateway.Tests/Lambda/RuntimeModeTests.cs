using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using EventFunctions.LocalGateway.Tests.Infrastructure;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>The five real functions answer the same through each runtime mode (executable, managed, Native AOT), each from its own environments.</summary>
public abstract class RuntimeModeTests(GatewayFixture api)
{
    private readonly HttpClient client = api.Client;

    [Fact]
    public async Task FiveFunctions_CreateGetListUpdateDelete_AnswerAsTheContractSays()
    {
        var date = TestEvents.UniqueDate();
        var id = TestEvents.UniqueId();

        using var created = await TestEvents.CreateAsync(client, TestEvents.NewEvent(id, date, "active"));
        using var fetched = await client.GetAsync($"/events/{id}");
        using var listed = await client.GetAsync($"/events?status=active&from={date:yyyy-MM-dd}&to={date:yyyy-MM-dd}");
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/events/{id}") { Content = JsonContent.Create(new { capacity = 600 }) };
        update.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        using var updated = await client.SendAsync(update);
        using var deleted = await client.DeleteAsync($"/events/{id}");
        using var gone = await client.GetAsync($"/events/{id}");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        var page = await listed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(id, Assert.Single(page.EnumerateArray()).GetProperty("eventId").GetString());
        Assert.Equal("\"2\"", updated.Headers.ETag?.Tag);
        Assert.Equal(600, (await updated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("capacity").GetInt32());
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
    }

    [Fact]
    public async Task FiveFunctions_EachRunsInEnvironmentsOfItsOwn()
    {
        var id = await TestEvents.CreateExistingAsync(client);
        using var fetched = await client.GetAsync($"/events/{id}");

        var functions = api.Gateway.Functions;
        var create = functions.Single(f => f.Name == "CreateEvent").ProcessIds;
        var get = functions.Single(f => f.Name == "GetEvent").ProcessIds;

        Assert.Equal(HttpStatusCode.OK, fetched.StatusCode);
        Assert.NotEmpty(create);
        Assert.NotEmpty(get);
        Assert.Empty(create.Intersect(get));
    }

    [Fact]
    public async Task Get_InvocationLogRecord_ArrivesAsATopLevelJsonObject()
    {
        using var missing = await client.GetAsync($"/events/{TestEvents.UniqueId()}");
        var correlationId = missing.Headers.GetValues("x-amzn-RequestId").Single();
        string? line = null;

        await Eventually.TrueAsync(
            () => (line = RecordLine(api.PrintedLog.Text, correlationId)) is not null, "the GetEvent record was printed");

        using var record = JsonDocument.Parse(line!);
        Assert.Equal("GetEvent", record.RootElement.GetProperty("function_name").GetString());
        Assert.Equal("INFO", record.RootElement.GetProperty("level").GetString());
        Assert.Equal("GET /events/{eventId} 404", record.RootElement.GetProperty("message").GetString());
    }

    /// <summary>The JSON after <c>[GetEvent] </c> on the line that carries the correlation id, if printed yet.</summary>
    private static string? RecordLine(string log, string correlationId)
    {
        const string Prefix = "[GetEvent] ";
        foreach (var line in log.Split('\n'))
        {
            if (line.StartsWith(Prefix, StringComparison.Ordinal) && line.Contains(correlationId, StringComparison.Ordinal))
            {
                return line[Prefix.Length..].TrimEnd('\r');
            }
        }

        return null;
    }
}

[Collection(EventsApiCollectionDefinition.Name)]
public sealed class ExecutableModeTests(EventsApiFixture api) : RuntimeModeTests(api);

[Collection(ManagedEventsApiCollectionDefinition.Name)]
public sealed class ManagedModeTests(ManagedEventsApiFixture api) : RuntimeModeTests(api);

[Collection(AotEventsApiCollectionDefinition.Name)]
public sealed class AotModeTests(AotEventsApiFixture api) : RuntimeModeTests(api);

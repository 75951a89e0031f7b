using System.Text.Json;
using EventFunctions.Annotations;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Data;
using EventFunctions.Http;
using EventFunctions.Model;

namespace EventFunctions;

/// <summary>
/// The Event Management API: five Lambda functions, one per REST route. Each binds its request, calls the
/// event store once and returns a result; validation, paging and HTTP details live beside them.
/// 512 MB each: measured for the Native AOT bootstrap with Lambda's CPU share per size emulated, it has the cold start
/// of 1024 MB within 10 ms at the cost of 128 MB (Benchmarks/README.md, "Memory size by measurement").
/// </summary>
public sealed class Functions(IEventStore store)
{
    /// <summary>Lists events, optionally by status (in date order) and inclusive date range, a page at a time.</summary>
    [LambdaFunction(ResourceName = "ListEvents", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:Query", "dynamodb:Scan"])]
    [RestApi(LambdaHttpMethod.Get, "/events")]
    public async Task<IHttpResult> ListEvents(
        [FromQuery] EventStatus? status,
        [FromQuery] DateOnly? from,
        [FromQuery] DateOnly? to,
        [FromQuery] int? limit,
        [FromQuery] string? nextToken)
    {
        var query = ListQueryValidator.Validate(status, from, to, limit, nextToken, out var errors);
        if (query is null)
        {
            return HttpResults.ValidationProblem(errors, "One or more query parameters are invalid.");
        }

        var result = await store.ListAsync(query);
        if (result.Page is not { } page)
        {
            return HttpResults.BadRequest("The nextToken is malformed or belongs to a different query.");
        }

        var response = HttpResults.Ok(page.Items, EventJsonWriter.WriteList);
        return page.NextPageToken is { } token ? response.AddHeader("Link", EventLinks.Next(query, token)) : response;
    }

    /// <summary>Gets one event; its version is the ETag.</summary>
    [LambdaFunction(ResourceName = "GetEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Get, "/events/{eventId}")]
    public async Task<IHttpResult> GetEvent([FromRoute] string eventId)
    {
        if (!EventIds.IsValid(eventId))
        {
            return EventResults.NotFound();
        }

        return await store.GetAsync(eventId) is { } found ? EventResults.Ok(found) : EventResults.NotFound();
    }

    /// <summary>Creates an event; the id is generated when the body has none.</summary>
    [LambdaFunction(ResourceName = "CreateEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:PutItem"])]
    [RestApi(LambdaHttpMethod.Post, "/events")]
    public async Task<IHttpResult> CreateEvent([FromBody] JsonElement body)
    {
        var draft = EventRequestValidator.ValidateCreate(body);
        if (!draft.IsValid)
        {
            return HttpResults.ValidationProblem(draft.Errors);
        }

        var result = await store.CreateAsync(draft.Value);
        return result is { Status: WriteStatus.Succeeded, Event: { } created }
            ? EventResults.Created(created)
            : HttpResults.Conflict("An event with this eventId already exists.");
    }

    /// <summary>Updates any non-empty subset of an event's fields; <c>If-Match</c> makes it conditional on the version.</summary>
    [LambdaFunction(ResourceName = "UpdateEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:UpdateItem", "dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Put, "/events/{eventId}")]
    public async Task<IHttpResult> UpdateEvent(
        [FromRoute] string eventId,
        [FromHeader(Name = "If-Match")] string? ifMatch,
        [FromBody] JsonElement body)
    {
        if (!EventIds.IsValid(eventId))
        {
            return EventResults.NotFound();
        }

        if (!EntityTags.TryParseIfMatch(ifMatch, out var expectedVersion))
        {
            return EventResults.MalformedIfMatch();
        }

        var changes = EventRequestValidator.ValidateUpdate(body);
        if (!changes.IsValid)
        {
            return HttpResults.ValidationProblem(changes.Errors);
        }

        return EventResults.FromWrite(await store.UpdateAsync(eventId, changes.Value, expectedVersion), EventResults.Ok);
    }

    /// <summary>Deletes an event; <c>If-Match</c> makes it conditional on the version.</summary>
    [LambdaFunction(ResourceName = "DeleteEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:DeleteItem", "dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Delete, "/events/{eventId}")]
    public async Task<IHttpResult> DeleteEvent(
        [FromRoute] string eventId,
        [FromHeader(Name = "If-Match")] string? ifMatch)
    {
        if (!EventIds.IsValid(eventId))
        {
            return EventResults.NotFound();
        }

        if (!EntityTags.TryParseIfMatch(ifMatch, out var expectedVersion))
        {
            return EventResults.MalformedIfMatch();
        }

        return EventResults.FromWrite(await store.DeleteAsync(eventId, expectedVersion), _ => HttpResults.NoContent());
    }
}

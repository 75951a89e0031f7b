using System.Text.Json;
using EventFunctions.Annotations;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.Authorization;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Data;
using EventFunctions.Http;
using EventFunctions.Model;
using EventFunctions.Observability;

namespace EventFunctions;

/// <summary>
/// The Event Management API: five Lambda functions, one per REST route. Each binds its request, calls the
/// event store once and returns a result; validation, paging and HTTP details live beside them.
/// 512 MB each: measured for the Native AOT bootstrap with Lambda's CPU share per size emulated, it has the cold start
/// of 1024 MB within 10 ms at the cost of 128 MB (Benchmarks/README.md, "Memory size by measurement").
/// </summary>
public sealed class Functions(IEventStore store)
{
    private const string InvalidQueryDetail = "One or more query parameters are invalid.";
    private const string StaleNextTokenDetail = "The nextToken is malformed or belongs to a different query.";
    private const string DuplicateEventIdDetail = "An event with this eventId already exists.";
    private const string InvalidFieldsMeaning = "Validation failed; errors names each field and what is wrong with it.";

    /// <summary>Lists events, optionally by status (in date order) and inclusive date range, a page at a time.</summary>
    /// <param name="status">Only events with this status, ordered by date.</param>
    /// <param name="from">Only events on or after this date (YYYY-MM-DD).</param>
    /// <param name="to">Only events on or before this date (YYYY-MM-DD).</param>
    /// <param name="limit">The page size.</param>
    /// <param name="nextToken">The opaque token of the next page; follow the Link header rather than building it.</param>
    [LambdaFunction(ResourceName = "ListEvents", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:Query", "dynamodb:Scan"])]
    [RestApi(LambdaHttpMethod.Get, "/events")]
    [HttpResponse(200, "A page of events. A Link header with rel=\"next\" points to the next page.", Body = typeof(Event[]), Headers = [HttpHeaderNames.Link])]
    [HttpResponse(400, StaleNextTokenDetail)]
    [HttpResponse(422, InvalidQueryDetail + " errors names each one.")]
    public async Task<IHttpResult> ListEvents(
        [FromQuery(Example = EventStatusNames.Scheduled)] EventStatus? status,
        [FromQuery(Example = "2024-01-01")] DateOnly? from,
        [FromQuery(Example = "2024-12-31")] DateOnly? to,
        [FromQuery] int? limit,
        [FromQuery] string? nextToken)
    {
        var query = ListQueryValidator.Validate(status, from, to, limit, nextToken, out var errors);
        if (query is null)
        {
            return HttpResults.ValidationProblem(errors, InvalidQueryDetail);
        }

        var result = await store.ListAsync(query);
        if (result.Page is not { } page)
        {
            return HttpResults.BadRequest(StaleNextTokenDetail);
        }

        var response = HttpResults.Ok(page.Items, EventJsonWriter.WriteList);
        return page.NextPageToken is { } token ? response.AddHeader(HttpHeaderNames.Link, EventLinks.Next(query, token)) : response;
    }

    /// <summary>Gets one event; its version is the ETag.</summary>
    /// <param name="eventId">The event's id.</param>
    [LambdaFunction(ResourceName = "GetEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Get, "/events/{eventId}")]
    [HttpResponse(200, "The event.", Body = typeof(Event), Headers = [HttpHeaderNames.ETag])]
    [HttpResponse(404, EventResults.NotFoundDetail)]
    public async Task<IHttpResult> GetEvent([FromRoute] string eventId)
    {
        if (!EventIds.IsValid(eventId))
        {
            return EventResults.NotFound();
        }

        return await store.GetAsync(eventId) is { } found ? EventResults.Ok(found) : EventResults.NotFound();
    }

    /// <summary>Creates an event; the id is generated when the body has none.</summary>
    /// <param name="body">The new event, read raw so that every invalid field is named at once.</param>
    /// <param name="caller">Who creates it, as the authorizer identified them: createdBy and updatedBy; none without an authorizer.</param>
    [Idempotent]
    [LambdaFunction(ResourceName = "CreateEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:PutItem", "dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Post, "/events")]
    [HttpResponse(201, "Created; the body is the stored event.", Body = typeof(Event), Headers = [HttpHeaderNames.Location, HttpHeaderNames.ETag])]
    [HttpResponse(409, DuplicateEventIdDetail)]
    [HttpResponse(422, InvalidFieldsMeaning)]
    public async Task<IHttpResult> CreateEvent([FromBody(Schema = typeof(NewEvent))] JsonElement body, [FromCaller] Caller? caller)
    {
        var draft = EventRequestValidator.ValidateCreate(body);
        if (!draft.IsValid)
        {
            return HttpResults.ValidationProblem(draft.Errors);
        }

        var result = await store.CreateAsync(draft.Value with { CreatedBy = caller?.Id });
        EventMetrics.CountWritten(result, EventMetrics.EventsCreated);
        if (result is { Status: WriteStatus.Succeeded, Event: { } created })
        {
            return EventResults.Created(created);
        }

        // An id derived from this request's Idempotency-Key is taken only by this request's own earlier attempt, which
        // wrote the event and died before its record was completed: that create succeeded.
        if (IdempotencyScope.Current is { } scope && draft.Value.EventId == EventIds.NewId(scope)
            && await store.GetAsync(draft.Value.EventId) is { } earlier)
        {
            return EventResults.Created(earlier);
        }

        return HttpResults.Conflict(DuplicateEventIdDetail);
    }

    /// <summary>Updates any non-empty subset of an event's fields; <c>If-Match</c> makes it conditional on the version.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="ifMatch">Make the write conditional on the version: an ETag such as "3", or * for any version.</param>
    /// <param name="body">The changes, read raw so that every invalid field is named at once.</param>
    /// <param name="caller">Who makes the change, as the authorizer identified them: updatedBy; none without an authorizer.</param>
    [Idempotent]
    [LambdaFunction(ResourceName = "UpdateEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:UpdateItem", "dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Put, "/events/{eventId}")]
    [HttpResponse(200, "Updated; the body is the whole updated event.", Body = typeof(Event), Headers = [HttpHeaderNames.ETag])]
    [HttpResponse(400, EventResults.MalformedIfMatchDetail)]
    [HttpResponse(404, EventResults.NotFoundDetail)]
    [HttpResponse(412, EventResults.VersionMismatchDetail)]
    [HttpResponse(422, InvalidFieldsMeaning)]
    public async Task<IHttpResult> UpdateEvent(
        [FromRoute] string eventId,
        [FromHeader(Name = HttpHeaderNames.IfMatch, Example = EntityTags.AnyVersion)] string? ifMatch,
        [FromBody(Schema = typeof(EventChanges))] JsonElement body,
        [FromCaller] Caller? caller)
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

        var result = await store.UpdateAsync(eventId, changes.Value with { UpdatedBy = caller?.Id }, expectedVersion);
        EventMetrics.CountWritten(result, EventMetrics.EventsUpdated);
        return EventResults.FromWrite(result, EventResults.Ok);
    }

    /// <summary>Deletes an event; <c>If-Match</c> makes it conditional on the version.</summary>
    /// <param name="eventId">The event's id.</param>
    /// <param name="ifMatch">Make the delete conditional on the version: an ETag such as "3", or * for any version.</param>
    [Idempotent]
    [LambdaFunction(ResourceName = "DeleteEvent", MemorySize = 512, Timeout = 10, DynamoDbActions = ["dynamodb:DeleteItem", "dynamodb:GetItem"])]
    [RestApi(LambdaHttpMethod.Delete, "/events/{eventId}")]
    [HttpResponse(204, "Deleted.")]
    [HttpResponse(400, EventResults.MalformedIfMatchDetail)]
    [HttpResponse(404, EventResults.NotFoundDetail)]
    [HttpResponse(412, EventResults.VersionMismatchDetail)]
    public async Task<IHttpResult> DeleteEvent(
        [FromRoute] string eventId,
        [FromHeader(Name = HttpHeaderNames.IfMatch, Example = EntityTags.AnyVersion)] string? ifMatch)
    {
        if (!EventIds.IsValid(eventId))
        {
            return EventResults.NotFound();
        }

        if (!EntityTags.TryParseIfMatch(ifMatch, out var expectedVersion))
        {
            return EventResults.MalformedIfMatch();
        }

        var result = await store.DeleteAsync(eventId, expectedVersion);
        EventMetrics.CountWritten(result, EventMetrics.EventsDeleted);
        return EventResults.FromWrite(result, _ => HttpResults.NoContent());
    }
}

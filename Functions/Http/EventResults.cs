using EventFunctions.Annotations.APIGateway;
using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Http;

/// <summary>The responses the event routes share: an event with its ETag, and the write outcomes.</summary>
internal static class EventResults
{
    public static IHttpResult Ok(Event value) =>
        HttpResults.Ok(value, EventJsonWriter.Write).AddHeader("ETag", EntityTags.Format(value.Version));

    public static IHttpResult Created(Event value) =>
        HttpResults.Created("~/events/" + value.EventId, value, EventJsonWriter.Write).AddHeader("ETag", EntityTags.Format(value.Version));

    public static IHttpResult NotFound() => HttpResults.NotFound("No event has this eventId.");

    public static IHttpResult MalformedIfMatch() =>
        HttpResults.BadRequest("If-Match must be a single strong entity tag such as \"3\", or *.");

    /// <summary>Maps an update or delete outcome: success through <paramref name="onSuccess"/>, else 404 or 412.</summary>
    public static IHttpResult FromWrite(WriteResult result, Func<Event, IHttpResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result switch
        {
            { Status: WriteStatus.Succeeded, Event: { } value } => onSuccess(value),
            { Status: WriteStatus.VersionMismatch } =>
                HttpResults.PreconditionFailed("If-Match does not match the event's current version; fetch it again and retry."),
            _ => NotFound(),
        };
    }
}

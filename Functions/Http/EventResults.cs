using EventFunctions.Annotations.APIGateway;
using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Http;

/// <summary>
/// The responses the event routes share: an event with its ETag, and the write outcomes. The texts are constants so
/// the functions' <c>[HttpResponse]</c> declarations say the same as the problem details.
/// </summary>
internal static class EventResults
{
    public const string NotFoundDetail = "No event has this eventId.";
    public const string MalformedIfMatchDetail = "If-Match must be a single strong entity tag such as \"3\", or *.";
    public const string VersionMismatchDetail = "If-Match does not match the event's current version; fetch it again and retry.";

    public static IHttpResult Ok(Event value) =>
        HttpResults.Ok(value, EventJsonWriter.Write).AddHeader(HttpHeaderNames.ETag, EntityTags.Format(value.Version));

    public static IHttpResult Created(Event value) =>
        HttpResults.Created("~/events/" + value.EventId, value, EventJsonWriter.Write).AddHeader(HttpHeaderNames.ETag, EntityTags.Format(value.Version));

    public static IHttpResult NotFound() => HttpResults.NotFound(NotFoundDetail);

    public static IHttpResult MalformedIfMatch() =>
        HttpResults.BadRequest(MalformedIfMatchDetail);

    /// <summary>Maps an update or delete outcome: success through <paramref name="onSuccess"/>, else 404 or 412.</summary>
    public static IHttpResult FromWrite(WriteResult result, Func<Event, IHttpResult> onSuccess)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(onSuccess);
        return result switch
        {
            { Status: WriteStatus.Succeeded, Event: { } value } => onSuccess(value),
            { Status: WriteStatus.VersionMismatch } =>
                HttpResults.PreconditionFailed(VersionMismatchDetail),
            _ => NotFound(),
        };
    }
}

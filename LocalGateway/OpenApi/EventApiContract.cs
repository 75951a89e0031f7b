using EventFunctions.Annotations.Manifest;
using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.LocalGateway.OpenApi;

/// <summary>
/// The responses, body schemas and parameter rules of DESIGN.md's HTTP contract, by function name: what the
/// manifest cannot say because the functions return <c>IHttpResult</c>s. Unknown functions get generic entries.
/// </summary>
internal static class EventApiContract
{
    private static readonly ResponseSpec[] Always =
    [
        new(500, "Unexpected error; quote requestId when reporting it.", ResponseBody.Problem),
        new(503, "DynamoDB is throttling or unavailable; retry after Retry-After seconds.", ResponseBody.Problem, ResponseHeaders.RetryAfter),
    ];

    private static readonly ResponseSpec NotFound = new(404, "No event has this eventId.", ResponseBody.Problem);

    private static readonly ResponseSpec StaleIfMatch =
        new(412, "If-Match does not match the event's current version.", ResponseBody.Problem);

    private static readonly ResponseSpec[] BodyErrors =
    [
        new(400, "The body is not valid JSON, or If-Match is malformed.", ResponseBody.Problem),
        new(413, "The body is over the size limit.", ResponseBody.Problem),
        new(415, "The body is not sent as application/json.", ResponseBody.Problem),
        new(422, "Validation failed; errors names each field and what is wrong with it.", ResponseBody.Problem),
    ];

    public static IReadOnlyList<ResponseSpec> Responses(string functionName) => functionName switch
    {
        "ListEvents" =>
        [
            new(200, "A page of events. A Link header with rel=\"next\" points to the next page.", ResponseBody.EventList, ResponseHeaders.Link),
            new(400, "The nextToken is malformed or belongs to a different query.", ResponseBody.Problem),
            new(422, "A query parameter is invalid; errors names it.", ResponseBody.Problem),
            .. Always,
        ],
        "GetEvent" =>
        [
            new(200, "The event.", ResponseBody.Event, ResponseHeaders.ETag),
            NotFound,
            .. Always,
        ],
        "CreateEvent" =>
        [
            new(201, "Created; the body is the stored event.", ResponseBody.Event, ResponseHeaders.Location, ResponseHeaders.ETag),
            .. BodyErrors,
            new(409, "An event with this eventId already exists.", ResponseBody.Problem),
            .. Always,
        ],
        "UpdateEvent" =>
        [
            new(200, "Updated; the body is the whole updated event.", ResponseBody.Event, ResponseHeaders.ETag),
            .. BodyErrors,
            NotFound,
            StaleIfMatch,
            .. Always,
        ],
        "DeleteEvent" =>
        [
            new(204, "Deleted.", ResponseBody.None),
            new(400, "If-Match is malformed.", ResponseBody.Problem),
            NotFound,
            StaleIfMatch,
            .. Always,
        ],
        _ => [new(200, "Success.", ResponseBody.None), .. Always],
    };

    /// <summary>The component schema of a function's request body, or <c>null</c> for any JSON.</summary>
    public static string? BodySchema(string functionName) => functionName switch
    {
        "CreateEvent" => ModelSchemas.NewEvent,
        "UpdateEvent" => ModelSchemas.EventChanges,
        _ => null,
    };

    /// <summary>Adds the rules and descriptions the manifest's type information lacks.</summary>
    public static void Describe(ParameterDescriptor parameter, OpenApiParameter target, OpenApiSchema schema)
    {
        ArgumentNullException.ThrowIfNull(parameter);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(schema);
        switch (parameter.Name)
        {
            case var name when name == EventContract.EventId.JsonName:
                EventConstraints.ApplyEventId(schema);
                target.Description = EventContract.EventId.Description;
                break;
            case "status":
                target.Description = "Only events with this status, ordered by date.";
                break;
            case "from":
                target.Description = "Only events on or after this date (YYYY-MM-DD).";
                break;
            case "to":
                target.Description = "Only events on or before this date (YYYY-MM-DD).";
                break;
            case var name when name == EventContract.Limit.Name:
                schema.Minimum = EventContract.Limit.Minimum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                schema.Maximum = EventContract.Limit.Maximum.ToString(System.Globalization.CultureInfo.InvariantCulture);
                schema.Default = System.Text.Json.Nodes.JsonValue.Create(EventContract.Limit.Default);
                schema.Examples = [System.Text.Json.Nodes.JsonValue.Create(EventContract.Limit.Default)];
                target.Description = $"{EventContract.Limit.Description}, {EventContract.Limit.Rule}.";
                break;
            case "nextToken":
                target.Description = "The opaque token of the next page; follow the Link header rather than building it.";
                break;
            case "If-Match":
                target.Description = "Make the write conditional on the version: an ETag such as \"3\", or *.";
                break;
        }
    }
}

using System.Globalization;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.Manifest;
using EventFunctions.Model;
using Microsoft.OpenApi;

namespace EventFunctions.ApiDocs.OpenApi;

/// <summary>
/// The rules of the parameters the event contract defines, by the contract's own names: the <c>{eventId}</c> path
/// parameter is the event's id field, <c>limit</c> is <see cref="EventContract.Limit"/>.
/// </summary>
internal static class ParameterRules
{
    public static void Apply(ParameterDescriptor parameter, OpenApiParameter target, OpenApiSchema schema)
    {
        if (parameter.In == "route" && parameter.Name == EventContract.EventId.JsonName)
        {
            EventConstraints.ApplyEventId(schema);
            schema.Description = null;
            target.Example ??= JsonNode.Parse(EventContract.EventId.ExampleJson);
        }
        else if (parameter.In == "query" && parameter.Name == EventContract.Limit.Name)
        {
            var limit = EventContract.Limit;
            schema.Minimum = limit.Minimum.ToString(CultureInfo.InvariantCulture);
            schema.Maximum = limit.Maximum.ToString(CultureInfo.InvariantCulture);
            schema.Default = JsonValue.Create(limit.Default);
            target.Example ??= JsonValue.Create(limit.Default);
            target.Description = $"{target.Description ?? limit.Description} {limit.Rule}, default {limit.Default.ToString(CultureInfo.InvariantCulture)}.";
        }
    }
}

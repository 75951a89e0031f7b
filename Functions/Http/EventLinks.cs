using System.Globalization;
using System.Text;
using EventFunctions.Data;
using EventFunctions.Model;

namespace EventFunctions.Http;

/// <summary>
/// The RFC 8288 <c>Link: &lt;~/events?...&gt;; rel="next"</c> header of a list page (<c>~</c> is the API's base
/// path). It is rebuilt from the validated query, never copied from the request, so nothing a client sent is
/// echoed into a header unchecked.
/// </summary>
internal static class EventLinks
{
    public static string Next(EventQuery query, string nextToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var link = new StringBuilder("<~/events?");
        if (query.Status is { } status)
        {
            link.Append("status=").Append(EventStatusNames.ToWire(status)).Append('&');
        }

        if (query.From is { } from)
        {
            link.Append("from=").Append(from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('&');
        }

        if (query.To is { } to)
        {
            link.Append("to=").Append(to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('&');
        }

        link.Append("limit=").Append(query.Limit.ToString(CultureInfo.InvariantCulture))
            .Append("&nextToken=").Append(Uri.EscapeDataString(nextToken))
            .Append(">; rel=\"next\"");
        return link.ToString();
    }
}

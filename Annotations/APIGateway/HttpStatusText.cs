namespace EventFunctions.Annotations.APIGateway;

/// <summary>Reason phrases and RFC 9110 type links for the statuses problems use.</summary>
internal static class HttpStatusText
{
    public static string Title(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        406 => "Not Acceptable",
        409 => "Conflict",
        410 => "Gone",
        412 => "Precondition Failed",
        413 => "Content Too Large",
        415 => "Unsupported Media Type",
        422 => "Unprocessable Content",
        428 => "Precondition Required",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => status >= 500 ? "Server Error" : "Client Error",
    };

    public static string TypeUri(int status) => status switch
    {
        400 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
        401 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2",
        403 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.4",
        404 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5",
        405 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.6",
        406 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.7",
        409 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.10",
        410 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.11",
        412 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.13",
        413 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
        415 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16",
        422 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        500 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.1",
        502 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.3",
        503 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
        504 => "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.5",
        _ => "about:blank",
    };
}

namespace EventFunctions.Data;

/// <summary>
/// The outcome of a list request: a <see cref="Page"/>, or <see cref="PageTokenRejected"/> when the page token
/// was malformed, tampered with, or issued for a different query.
/// </summary>
public sealed record ListResult(EventPage? Page, bool PageTokenRejected)
{
    public static ListResult RejectedToken { get; } = new(null, true);

    public static ListResult Success(EventPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return new ListResult(page, false);
    }
}

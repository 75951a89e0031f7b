namespace EventFunctions.Model;

/// <summary>
/// The messages of a 422 <c>errors</c> object. Clients may match on them: change them deliberately. The messages
/// about a field's limits are its <see cref="EventFieldDefinition.RangeMessage"/>, derived from <see cref="EventContract"/>.
/// </summary>
internal static class ValidationMessages
{
    /// <summary>Key for errors about the body as a whole rather than one property.</summary>
    public const string BodyKey = "body";

    public const string BodyNotObject = "must be a JSON object";
    public static readonly string NothingToUpdate = "must contain at least one of: " + string.Join(
        ", ", [.. EventContract.Fields.Where(f => f.Access == EventFieldAccess.Mutable).Select(f => f.JsonName)]);

    public const string Required = "is required";
    public const string ServerSet = "is read-only and set by the server";
    public const string EventIdReadOnly = "is read-only and cannot be changed";
    public const string Unrecognised = "is not a recognised property";

    public const string MustBeString = "must be a string";
    public const string Blank = "must not be blank";
    public const string InvalidCharacters =
        "must not contain control characters (U+0000-U+001F, U+007F-U+009F) or unpaired surrogates";
    public const string DateFormat = "must be a date in YYYY-MM-DD format";
    public const string DateNotInCalendar = "must be a real calendar date (YYYY-MM-DD, year 0001-9999)";
    public const string MustBeInteger = "must be an integer";
    public static readonly string StatusOneOf = "must be one of: " + string.Join(", ", EventStatusNames.All);

    public static string MoreUnrecognised(int notListed, int listed) =>
        $"has {notListed} more unrecognised properties; only the first {listed} are listed";
}

namespace EventFunctions.Model;

/// <summary>What kind of value an event field holds, which decides its rule and its JSON schema.</summary>
public enum EventFieldKind
{
    /// <summary>An id: <see cref="EventFieldDefinition.Minimum"/>..<see cref="EventFieldDefinition.Maximum"/> characters of <see cref="EventFieldDefinition.CharacterClass"/>.</summary>
    Id,

    /// <summary>Free text on one line: no control characters at all, not blank.</summary>
    OneLineText,

    /// <summary>Free text that may hold tabs and line breaks, not blank.</summary>
    Text,

    /// <summary>A calendar date, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>A JSON integer within <see cref="EventFieldDefinition.Minimum"/>..<see cref="EventFieldDefinition.Maximum"/>.</summary>
    IntegerRange,

    /// <summary>One of <see cref="EventStatusNames.All"/>.</summary>
    Status,

    /// <summary>A UTC timestamp with milliseconds.</summary>
    Timestamp,

    /// <summary>The version counter, from <see cref="EventFieldDefinition.Minimum"/> up.</summary>
    Version,

    /// <summary>
    /// Who made a change, as the authorizer identified them (<c>EventFunctions.Annotations.Authorization.Caller</c>):
    /// <see cref="EventFieldDefinition.Minimum"/>..<see cref="EventFieldDefinition.Maximum"/> characters, no white space
    /// or control characters; absent, never null, without an authorizer.
    /// </summary>
    Caller,
}

using System.Globalization;

namespace EventFunctions.Model;

/// <summary>
/// One field of the event contract, declared once in <see cref="EventContract"/>: its JSON and DynamoDB names, its
/// kind, limits, pattern, who may set it, its default and a realistic example. The validator's rules and messages,
/// the OpenAPI constraints and the item mapping read it.
/// </summary>
public sealed class EventFieldDefinition
{
    internal EventFieldDefinition(
        EventFields flag,
        string jsonName,
        EventFieldKind kind,
        EventFieldAccess access,
        string description,
        string exampleJson,
        bool requiredOnCreate = false,
        int? minimum = null,
        int? maximum = null,
        string? characterClass = null,
        string? pattern = null,
        string? format = null,
        string? defaultValue = null,
        string? attributeName = null)
    {
        Flag = flag;
        JsonName = jsonName;
        AttributeName = attributeName ?? jsonName;
        Kind = kind;
        Access = access;
        Description = description;
        ExampleJson = exampleJson;
        RequiredOnCreate = requiredOnCreate;
        Minimum = minimum;
        Maximum = maximum;
        CharacterClass = characterClass;
        Pattern = characterClass is null ? pattern : $"^[{characterClass}]+$";
        Format = format;
        DefaultValue = defaultValue;
        Rule = DescribeRule();
        RangeMessage = Rule is null || kind is EventFieldKind.Version or EventFieldKind.Caller ? null : RangeMessageFor();
    }

    /// <summary>The camelCase property name in JSON bodies.</summary>
    public string JsonName { get; }

    /// <summary>The attribute name in the DynamoDB item.</summary>
    public string AttributeName { get; }

    public EventFieldKind Kind { get; }

    public EventFieldAccess Access { get; }

    /// <summary>Server-set: read-only in every request body.</summary>
    public bool ReadOnly => Access == EventFieldAccess.ServerSet;

    /// <summary>A create body must give it.</summary>
    public bool RequiredOnCreate { get; }

    /// <summary>The least length (ids, text; UTF-16 code units) or value (integers); <c>null</c> when unbounded.</summary>
    public int? Minimum { get; }

    /// <summary>The greatest length (ids, text; UTF-16 code units) or value (integers); <c>null</c> when unbounded.</summary>
    public int? Maximum { get; }

    /// <summary>For ids: the allowed characters, as a regular-expression character class body.</summary>
    public string? CharacterClass { get; }

    /// <summary>The ECMA-262 pattern a valid value matches (a necessary condition, not always a sufficient one).</summary>
    public string? Pattern { get; }

    /// <summary>The JSON schema <c>format</c>, if any.</summary>
    public string? Format { get; }

    /// <summary>The value a create gets when the body omits the field, as it reads on the wire.</summary>
    public string? DefaultValue { get; }

    /// <summary>A realistic value (the README walkthrough's event), as a JSON literal.</summary>
    public string ExampleJson { get; }

    /// <summary>What the field is, for people (the OpenAPI description starts with it).</summary>
    public string Description { get; }

    /// <summary>The limits in words, e.g. <c>1-200 characters</c>; <c>null</c> for fields without limits.</summary>
    public string? Rule { get; }

    /// <summary>The 422 message of a value outside the limits, e.g. <c>must be between 1 and 200 characters</c>.</summary>
    public string? RangeMessage { get; }

    internal EventFields Flag { get; }

    private string? DescribeRule() => (Kind, Minimum, Maximum) switch
    {
        (EventFieldKind.Id, { } min, { } max) =>
            Invariant($"{min}-{max} characters of {Model.CharacterClass.Describe(CharacterClass!)}"),
        (EventFieldKind.OneLineText or EventFieldKind.Text, { } min, { } max) => Invariant($"{min}-{max} characters"),
        (EventFieldKind.IntegerRange, { } min, { } max) => Invariant($"{min}-{max}"),
        (EventFieldKind.Version, { } min, null) => Invariant($"{min} or more"),
        (EventFieldKind.Caller, { } min, { } max) =>
            Invariant($"{min}-{max} letters, marks, numbers, punctuation and symbols (no white space or control characters)"),
        _ => null,
    };

    private string RangeMessageFor() => Kind switch
    {
        EventFieldKind.Id => "must be " + Rule,
        EventFieldKind.OneLineText or EventFieldKind.Text => Invariant($"must be between {Minimum} and {Maximum} characters"),
        _ => Invariant($"must be between {Minimum} and {Maximum}"),
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator;

/// <summary>The types a route, query or header value converts to, with how each is described.</summary>
internal static class ParameterTypes
{
    public const string Supported =
        "string, bool, int, long, double, decimal, Guid, DateOnly, DateTimeOffset, enums, their nullable forms and (query only) arrays of them";

    private const string JsonStringEnumMemberName = "System.Text.Json.Serialization.JsonStringEnumMemberNameAttribute";

    /// <summary>
    /// An enum member's name in text, as System.Text.Json writes it: its <c>[JsonStringEnumMemberName]</c>, else the
    /// member name. Matched exactly (ordinal), so a route, query or header value has the same case rule as the body.
    /// </summary>
    public static string WireName(IFieldSymbol field)
    {
        foreach (var attribute in field.GetAttributes())
        {
            if (attribute.AttributeClass?.ToDisplayString() == JsonStringEnumMemberName
                && attribute.ConstructorArguments.Length == 1
                && attribute.ConstructorArguments[0].Value is string name)
            {
                return name;
            }
        }

        return field.Name;
    }

    /// <summary>Describes a scalar type, or returns false when values cannot convert to it.</summary>
    public static bool TryDescribe(
        ITypeSymbol type,
        out string expectation,
        out string schemaType,
        out string? schemaFormat,
        out string[] enumValues,
        out string[] enumMembers)
    {
        schemaFormat = null;
        enumValues = System.Array.Empty<string>();
        enumMembers = System.Array.Empty<string>();
        if (type.TypeKind == TypeKind.Enum)
        {
            var fields = type.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).ToArray();
            enumMembers = fields.Select(f => f.Name).ToArray();
            enumValues = fields.Select(WireName).ToArray();
            expectation = "one of: " + string.Join(", ", enumValues);
            schemaType = "string";
            return true;
        }

        switch (type.SpecialType)
        {
            case SpecialType.System_String:
                return Set("a string", "string", null, out expectation, out schemaType, out schemaFormat);
            case SpecialType.System_Boolean:
                return Set("true or false", "boolean", null, out expectation, out schemaType, out schemaFormat);
            case SpecialType.System_Int32:
                return Set("an integer", "integer", "int32", out expectation, out schemaType, out schemaFormat);
            case SpecialType.System_Int64:
                return Set("an integer", "integer", "int64", out expectation, out schemaType, out schemaFormat);
            case SpecialType.System_Double:
                return Set("a number", "number", "double", out expectation, out schemaType, out schemaFormat);
            case SpecialType.System_Decimal:
                return Set("a number", "number", "decimal", out expectation, out schemaType, out schemaFormat);
        }

        switch (type.ToDisplayString())
        {
            case "System.Guid":
                return Set("a UUID", "string", "uuid", out expectation, out schemaType, out schemaFormat);
            case "System.DateOnly":
                return Set("a date in YYYY-MM-DD format", "string", "date", out expectation, out schemaType, out schemaFormat);
            case "System.DateTimeOffset":
                return Set("an ISO 8601 date and time", "string", "date-time", out expectation, out schemaType, out schemaFormat);
            default:
                expectation = string.Empty;
                schemaType = string.Empty;
                return false;
        }
    }

    private static bool Set(
        string expectationValue,
        string schemaTypeValue,
        string? formatValue,
        out string expectation,
        out string schemaType,
        out string? schemaFormat)
    {
        expectation = expectationValue;
        schemaType = schemaTypeValue;
        schemaFormat = formatValue;
        return true;
    }
}

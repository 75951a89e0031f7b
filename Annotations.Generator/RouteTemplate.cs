using System.Collections.Generic;

namespace EventFunctions.Annotations.Generator;

/// <summary>Parses an API Gateway resource template such as <c>/events/{eventId}</c>.</summary>
internal static class RouteTemplate
{
    private static readonly char[] Braces = { '{', '}' };

    /// <summary>The parameter names in the template, or an error message.</summary>
    public static bool TryParse(string template, out List<string> parameters, out string error)
    {
        parameters = new List<string>();
        error = string.Empty;
        if (string.IsNullOrEmpty(template) || template[0] != '/')
        {
            error = "it must start with '/'";
            return false;
        }

        if (template.Length > 1 && template[template.Length - 1] == '/')
        {
            error = "it must not end with '/'";
            return false;
        }

        var segments = template.Substring(1).Split('/');
        foreach (var segment in segments)
        {
            if (template.Length > 1 && segment.Length == 0)
            {
                error = "it has an empty segment";
                return false;
            }

            if (segment.StartsWith("{", System.StringComparison.Ordinal))
            {
                if (!segment.EndsWith("}", System.StringComparison.Ordinal) || segment.Length < 3)
                {
                    error = $"segment '{segment}' must be a whole '{{name}}'";
                    return false;
                }

                var name = segment.Substring(1, segment.Length - 2);
                if (!IsName(name))
                {
                    error = $"'{name}' is not a valid parameter name (letters, digits, '_', starting with a letter)";
                    return false;
                }

                if (parameters.Contains(name))
                {
                    error = $"'{{{name}}}' appears twice";
                    return false;
                }

                parameters.Add(name);
            }
            else if (segment.IndexOfAny(Braces) >= 0)
            {
                error = $"segment '{segment}' mixes text and braces";
                return false;
            }
            else if (!IsLiteral(segment))
            {
                error = $"segment '{segment}' has characters API Gateway does not allow in a resource path";
                return false;
            }
        }

        return true;
    }

    private static bool IsName(string name)
    {
        if (name.Length == 0 || !char.IsLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLiteral(string segment)
    {
        foreach (var c in segment)
        {
            if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '_' || c == '.' || c == ':' || c == '~'))
            {
                return false;
            }
        }

        return true;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace EventFunctions.Annotations.Authorization;

/// <summary>The names of <see cref="AuthorizationMode"/> in settings (<c>auth=none|cognito|iam</c>).</summary>
public static class AuthorizationModes
{
    /// <summary>The accepted names, for error messages.</summary>
    public const string All = "none, cognito or iam";

    public static string Name(AuthorizationMode mode) => mode switch
    {
        AuthorizationMode.None => "none",
        AuthorizationMode.Cognito => "cognito",
        AuthorizationMode.Iam => "iam",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static bool TryParse([NotNullWhen(true)] string? text, out AuthorizationMode mode)
    {
        foreach (var candidate in Enum.GetValues<AuthorizationMode>())
        {
            if (string.Equals(text?.Trim(), Name(candidate), StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = AuthorizationMode.None;
        return false;
    }
}

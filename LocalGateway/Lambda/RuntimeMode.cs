namespace EventFunctions.LocalGateway.Lambda;

/// <summary>How an execution environment runs a function's code.</summary>
internal enum RuntimeMode
{
    /// <summary>The functions' own <c>Main</c> (<c>dotnet EventFunctions.dll</c>, the function chosen by <c>ANNOTATIONS_HANDLER</c>), as on <c>provided.al2023</c>.</summary>
    Executable,

    /// <summary>A stand-in for the <c>dotnet10</c> managed runtime: it loads the assembly and resolves the handler string by reflection.</summary>
    Managed,

    /// <summary>The Native AOT <c>bootstrap</c> (<c>scripts/publish-aot.sh</c>), the function chosen by <c>ANNOTATIONS_HANDLER</c>: the default deployment.</summary>
    Aot,
}

internal static class RuntimeModes
{
    public static string Name(RuntimeMode mode) => mode switch
    {
        RuntimeMode.Executable => "executable",
        RuntimeMode.Managed => "managed",
        RuntimeMode.Aot => "aot",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static bool TryParse(string text, out RuntimeMode mode)
    {
        foreach (var candidate in Enum.GetValues<RuntimeMode>())
        {
            if (string.Equals(Name(candidate), text, StringComparison.OrdinalIgnoreCase))
            {
                mode = candidate;
                return true;
            }
        }

        mode = default;
        return false;
    }

    public static string All => string.Join(", ", Enum.GetValues<RuntimeMode>().Select(Name));
}

namespace EventFunctions.ApiDocs;

/// <summary>Where the built OpenAPI document is: <c>openapi.json</c> in this project's build output.</summary>
public static class ApiDocument
{
    public const string FileName = "openapi.json";

    /// <summary>The routes the documentation answers on, beside the API's own: the same locally and deployed.</summary>
    public const string OpenApiPath = "/openapi.json";

    public const string SwaggerUiPath = "/docs";

    public const string RedocPath = "/redoc";

    /// <summary>The built document in <paramref name="buildOutput"/>, the folder of <c>EventFunctions.ApiDocs.dll</c>.</summary>
    public static string Read(string buildOutput)
    {
        var path = Path.Combine(buildOutput, FileName);
        return File.Exists(path)
            ? File.ReadAllText(path)
            : throw new FileNotFoundException($"No {FileName} in '{buildOutput}'; build the ApiDocs project.", path);
    }
}

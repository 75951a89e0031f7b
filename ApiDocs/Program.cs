using EventFunctions.Annotations.Generated;
using EventFunctions.Annotations.Manifest;
using EventFunctions.ApiDocs.OpenApi;

// Writes the OpenAPI document of the functions this project references to the path given (the build does this).
if (args is not [var path])
{
    await Console.Error.WriteLineAsync("usage: EventFunctions.ApiDocs <openapi.json path>");
    return 2;
}

var document = OpenApiDocumentFactory.Create(FunctionManifest.Parse(LambdaFunctionManifest.Json));
await File.WriteAllTextAsync(path, await OpenApiDocumentFactory.ToJsonAsync(document));
return 0;

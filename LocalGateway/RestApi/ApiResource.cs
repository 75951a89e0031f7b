using System.Security.Cryptography;
using System.Text;
using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.RestApi;

/// <summary>A REST API resource such as <c>/events/{eventId}</c>, with the function each of its methods integrates.</summary>
internal sealed class ApiResource
{
    public ApiResource(string path, IReadOnlyDictionary<string, LambdaFunction> methods)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(methods);
        Path = path;
        Segments = SplitPath(path);
        Methods = methods;
        Id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(path)))[..6];
    }

    /// <summary>The resource template, e.g. <c>/events/{eventId}</c>; the root is <c>/</c>.</summary>
    public string Path { get; }

    public IReadOnlyList<string> Segments { get; }

    /// <summary>By upper-case HTTP method.</summary>
    public IReadOnlyDictionary<string, LambdaFunction> Methods { get; }

    /// <summary>A stable stand-in for API Gateway's resource id.</summary>
    public string Id { get; }

    public static bool IsParameter(string segment) =>
        segment.Length > 2 && segment[0] == '{' && segment[^1] == '}';

    public static string ParameterName(string segment) => segment[1..^1];

    public static string[] SplitPath(string path) =>
        path is "" or "/" ? [] : path.TrimStart('/').Split('/');
}

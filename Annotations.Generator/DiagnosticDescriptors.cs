using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator;

/// <summary>Every misuse of the annotations the generator reports, as a compile error.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "EventFunctions.Annotations";

    public static readonly DiagnosticDescriptor RouteParameterNotBound = Error(
        "EFA001",
        "Route parameter is not bound",
        "Route template '{0}' names '{{{1}}}' but method '{2}' has no [FromRoute] parameter for it");

    public static readonly DiagnosticDescriptor RouteParameterNotInTemplate = Error(
        "EFA002",
        "[FromRoute] parameter is not in the template",
        "Parameter '{0}' is bound [FromRoute] as '{1}', but route template '{2}' has no '{{{1}}}'");

    public static readonly DiagnosticDescriptor DuplicateRoute = Error(
        "EFA003",
        "Two functions on one route",
        "Functions '{0}' and '{1}' are both on {2} {3}; a route may be served by one function only");

    public static readonly DiagnosticDescriptor UnsupportedParameterType = Error(
        "EFA004",
        "Parameter type cannot be bound",
        "Parameter '{0}' of type '{1}' cannot be bound from {2}; supported: {3}");

    public static readonly DiagnosticDescriptor UnboundParameter = Error(
        "EFA005",
        "Parameter has no binding attribute",
        "Parameter '{0}' needs one of [FromRoute], [FromQuery], [FromHeader], [FromBody], [FromCaller] or [FromServices]");

    public static readonly DiagnosticDescriptor UnsupportedReturnType = Error(
        "EFA006",
        "Unsupported return type",
        "Method '{0}' returns '{1}'; a REST API function returns IHttpResult, Task<IHttpResult> or ValueTask<IHttpResult>");

    public static readonly DiagnosticDescriptor MultipleBodies = Error(
        "EFA007",
        "More than one [FromBody] parameter",
        "Method '{0}' has more than one [FromBody] parameter; a request has one body");

    public static readonly DiagnosticDescriptor MissingRestApi = Error(
        "EFA008",
        "Function has no route",
        "Method '{0}' is a [LambdaFunction] without [RestApi]; every function here is wired to a REST API route");

    public static readonly DiagnosticDescriptor DuplicateResourceName = Error(
        "EFA009",
        "Two functions with one name",
        "Resource name '{0}' is used by both '{1}' and '{2}'");

    public static readonly DiagnosticDescriptor InvalidRouteTemplate = Error(
        "EFA010",
        "Invalid route template",
        "Route template '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor BodyTypeNotSerializable = Error(
        "EFA011",
        "Body type has no source-generated JSON metadata",
        "Parameter '{0}' of type '{1}' is bound [FromBody], but {2}");

    public static readonly DiagnosticDescriptor InvalidFunctionDeclaration = Error(
        "EFA012",
        "Invalid function declaration",
        "Method '{0}' cannot be a Lambda function: {1}");

    public static readonly DiagnosticDescriptor InvalidStartup = Error(
        "EFA013",
        "Invalid [LambdaStartup] class",
        "[LambdaStartup] class '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor InvalidFunctionSettings = Error(
        "EFA014",
        "Invalid [LambdaFunction] settings",
        "[LambdaFunction] on '{0}' is invalid: {1}");

    public static readonly DiagnosticDescriptor GenerateMainNeedsExecutable = Error(
        "EFA015",
        "GenerateMain needs an executable",
        "[assembly: LambdaGlobalProperties(GenerateMain = true)] generates a Main, but assembly '{0}' is not an executable; set <OutputType>Exe</OutputType> in its project");

    public static readonly DiagnosticDescriptor InvalidHttpResponse = Error(
        "EFA016",
        "Invalid [HttpResponse]",
        "[HttpResponse({0})] on '{1}' is invalid: {2}");

    private static readonly Dictionary<string, DiagnosticDescriptor> All = new[]
    {
        RouteParameterNotBound, RouteParameterNotInTemplate, DuplicateRoute, UnsupportedParameterType,
        UnboundParameter, UnsupportedReturnType, MultipleBodies, MissingRestApi, DuplicateResourceName,
        InvalidRouteTemplate, BodyTypeNotSerializable, InvalidFunctionDeclaration, InvalidStartup,
        InvalidFunctionSettings, GenerateMainNeedsExecutable, InvalidHttpResponse,
    }.ToDictionary(d => d.Id);

    public static DiagnosticDescriptor ById(string id) => All[id];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Error, isEnabledByDefault: true);
}

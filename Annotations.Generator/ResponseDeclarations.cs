using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator;

/// <summary>
/// The documented responses: <c>[HttpResponse]</c>s on a method or the assembly, and those the generated handler
/// gives itself; <see cref="ForManifest"/> puts them together as the manifest lists them.
/// </summary>
internal static class ResponseDeclarations
{
    public const string HttpResponseAttribute = "EventFunctions.Annotations.APIGateway.HttpResponseAttribute";

    /// <summary>Every 4xx and 5xx body: <c>HttpResults</c> gives no error without one.</summary>
    public const string ProblemDetailsType = "EventFunctions.Annotations.APIGateway.ProblemDetails";

    // The manifest's names for where a response is declared (ResponseDescriptor's DeclaredBy).
    public const string ByFunction = "function";
    public const string ByAssembly = "assembly";
    public const string ByHandler = "handler";

    private static readonly EquatableArray<string> RetryAfterHeader = new(new[] { "Retry-After" });

    /// <summary>The <c>[HttpResponse]</c>s among <paramref name="attributes"/>; misuse is reported against <paramref name="owner"/>.</summary>
    public static List<ResponseModel> Read(
        ImmutableArray<AttributeData> attributes,
        string owner,
        string declaredBy,
        System.Action<DiagnosticDescriptor, string[]> report)
    {
        var responses = new List<ResponseModel>();
        foreach (var attribute in attributes.Where(a => a.AttributeClass?.ToDisplayString() == HttpResponseAttribute))
        {
            if (attribute.ConstructorArguments.Length != 2
                || attribute.ConstructorArguments[0].Value is not int status
                || attribute.ConstructorArguments[1].Value is not string description)
            {
                continue;
            }

            var body = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Body").Value.Value as ITypeSymbol;
            var headers = attribute.NamedArguments.FirstOrDefault(a => a.Key == "Headers").Value;
            var headerNames = headers.Kind == TypedConstantKind.Array
                ? headers.Values.Select(v => v.Value as string ?? string.Empty).ToArray()
                : System.Array.Empty<string>();
            var problem =
                status is < 200 or > 599 ? "the status must be between 200 and 599"
                : string.IsNullOrWhiteSpace(description) ? "the description must say when it is given"
                : status >= 400 && body is not null ? "a 4xx or 5xx body is always a ProblemDetails; leave Body out"
                : status is 204 or 304 && body is not null ? $"a {status} has no body"
                : headerNames.Any(string.IsNullOrWhiteSpace) ? "a header name is empty"
                : responses.Any(r => r.Status == status) ? $"{owner} already declares {status}"
                : null;
            if (problem is not null)
            {
                report(DiagnosticDescriptors.InvalidHttpResponse, new[] { status.ToString(System.Globalization.CultureInfo.InvariantCulture), owner, problem });
                continue;
            }

            var isArray = body is IArrayTypeSymbol;
            var bodyType = body is IArrayTypeSymbol array ? array.ElementType : body;
            responses.Add(new ResponseModel(
                status,
                description,
                status >= 400 ? ProblemDetailsType : bodyType?.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty),
                isArray,
                new EquatableArray<string>(headerNames),
                declaredBy));
        }

        return responses;
    }

    /// <summary>
    /// A function's responses in status order: its own, the assembly's for the statuses it does not declare, and the
    /// generated handler's own (which can coincide with a declared status: both are listed, each from its source).
    /// </summary>
    public static IEnumerable<ResponseModel> ForManifest(FunctionModel function, AssemblyModel assembly)
    {
        // An idempotent function's successes can be replays, which say so in a header.
        var own = function.Responses
            .Select(r => function.Idempotent && r.Status < 300
                ? r with { Headers = new EquatableArray<string>(r.Headers.Concat(new[] { IdempotencyTexts.ReplayedHeader })) }
                : r)
            .ToList();
        var inherited = assembly.Responses.Where(r => own.All(o => o.Status != r.Status));
        return own.Concat(inherited).Concat(Handler(function))
            .OrderBy(r => r.Status)
            .ThenBy(r => SourceOrder(r.DeclaredBy));
    }

    /// <summary>
    /// What the generated handler answers before or instead of the method (see <c>RestApiFunctionHost</c>,
    /// <c>BodyProblems</c>, <c>BindingErrors</c>).
    /// </summary>
    public static IEnumerable<ResponseModel> Handler(FunctionModel function)
    {
        var none = new EquatableArray<string>(System.Array.Empty<string>());
        ResponseModel Own(int status, string description, bool directOnly = false) =>
            new(status, description, ProblemDetailsType, false, none, ByHandler, directOnly);

        // API Gateway sends only well-formed proxy events with every route value: these two need a hand-made one.
        yield return Own(400, "The invocation payload is not an API Gateway REST proxy event.", directOnly: true);
        if (function.Parameters.Any(p => p.Source == BindingSource.Route && !IsTyped(p)))
        {
            yield return Own(422, "The event has no value for a route parameter.", directOnly: true);
        }

        if (function.Parameters.FirstOrDefault(p => p.Source == BindingSource.Body) is { } body)
        {
            yield return Own(400, body.IsRequired ? "The body is missing or not valid JSON." : "The body is not valid JSON.");
            yield return Own(413, $"The body is over {body.MaxBodyBytes} bytes.");
            yield return Own(415, "The body is not sent as application/json.");
        }

        if (function.Idempotency is { } idempotency)
        {
            yield return Own(400, idempotency.MalformedKey);
            yield return new ResponseModel(
                409, idempotency.InProgress, ProblemDetailsType, false, RetryAfterHeader, ByHandler);
            yield return Own(422, idempotency.Mismatch);
        }

        if (function.Parameters.Any(CanFailToBind))
        {
            yield return Own(422, "A route, query or header value is missing or not of its type; errors names it.");
        }

        yield return Own(500, "Unexpected error; quote requestId when reporting it.");
    }

    private static int SourceOrder(string declaredBy) => declaredBy switch
    {
        ByFunction => 0,
        ByAssembly => 1,
        _ => 2,
    };

    /// <summary>
    /// A typed value can fail to parse and a required query or header value can be missing; a route value is always
    /// there (API Gateway matched the route), so a string one cannot fail.
    /// </summary>
    private static bool CanFailToBind(ParameterModel parameter) => parameter.Source switch
    {
        BindingSource.Route => IsTyped(parameter),
        BindingSource.Query or BindingSource.Header => IsTyped(parameter) || parameter.IsRequired,
        _ => false,
    };

    private static bool IsTyped(ParameterModel parameter) =>
        parameter.SchemaType != "string" || parameter.SchemaFormat is not null || parameter.IsEnum;
}

using System.Text;
using System.Text.Json;
using EventFunctions.Annotations.APIGateway;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// The handlers write the proxy response and problem bodies with <see cref="ProxyResponseWriter"/>, not
/// <see cref="JsonSerializer"/>: for any response or problem both must write the same JSON.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ProxyResponseWriterTests(ITestOutputHelper output)
{
    private static readonly Gen<string?> MaybeText = Gen.Frequency(
        (8, HostileValues.Text.Select(text => (string?)text)),
        (1, Gen.Constant<string?>(null)));

    private static readonly Gen<List<string>?> MaybeTexts = Gen.Frequency(
        (8, Gen.ListOf(MaybeText).Select(values => (List<string>?)[.. values.Select(v => v!)])),
        (1, Gen.Constant<List<string>?>(null)));

    private static readonly Gen<APIGatewayProxyResponse> Responses =
        from status in Gen.Choose(100, 599)
        from headers in Gen.OneOf(Gen.Constant<Dictionary<string, string>?>(null), Map(MaybeText.Select(v => v!)))
        from multiValueHeaders in Gen.OneOf(Gen.Constant<Dictionary<string, IList<string>>?>(null), Map(MaybeTexts.Select(v => (IList<string>)v!)))
        from body in MaybeText
        from base64 in Gen.Elements(true, false)
        select new APIGatewayProxyResponse
        {
            StatusCode = status,
            Headers = headers,
            MultiValueHeaders = multiValueHeaders,
            Body = body,
            IsBase64Encoded = base64,
        };

    private static readonly Gen<ProblemDetails> Problems =
        from type in HostileValues.Text
        from title in HostileValues.Text
        from status in Gen.Choose(400, 599)
        from detail in MaybeText
        from requestId in MaybeText
        from errors in Gen.OneOf(Gen.Constant<Dictionary<string, string[]>?>(null), Map(MaybeTexts.Select(v => v?.ToArray()!)))
        select new ProblemDetails { Type = type, Title = title, Status = status, Detail = detail, RequestId = requestId, Errors = errors };

    [Fact]
    public void AnyProxyResponse_IsWrittenAsTheSerializerWritesIt()
    {
        PropertyRun.Check(
            Responses,
            response => Task.FromResult(
                Outcome(() => Encoding.UTF8.GetString(ProxyResponseWriter.ToUtf8Bytes(response)))
                == Outcome(() => JsonSerializer.Serialize(response, AnnotationsJsonContext.Default.APIGatewayProxyResponse))),
            output,
            "proxy response writer agrees with the serializer",
            count: 2000);
    }

    [Fact]
    public void AnyProblem_IsWrittenAsTheSerializerWritesIt()
    {
        PropertyRun.Check(
            Problems,
            problem => Task.FromResult(
                Outcome(() => ProxyResponseWriter.ToText(problem))
                == Outcome(() => JsonSerializer.Serialize(problem, AnnotationsJsonContext.Default.ProblemDetails))),
            output,
            "problem writer agrees with the serializer",
            count: 2000);
    }

    [Fact]
    public void ResponseWithoutHeadersOrBody_HasOnlyItsStatusAndEncodingFlag()
    {
        var json = Encoding.UTF8.GetString(ProxyResponseWriter.ToUtf8Bytes(new APIGatewayProxyResponse { StatusCode = 204 }));

        Assert.Equal("""{"statusCode":204,"isBase64Encoded":false}""", json);
    }

    private static Gen<Dictionary<string, TValue>?> Map<TValue>(Gen<TValue> values) =>
        Gen.ListOf(HostileValues.Text.SelectMany(_ => values, (key, value) => KeyValuePair.Create(key, value)))
            .Select(pairs => (Dictionary<string, TValue>?)pairs.DistinctBy(pair => pair.Key).ToDictionary());

    /// <summary>The JSON text, or the kind of exception both must throw alike.</summary>
    private static string Outcome(Func<string> write)
    {
        try
        {
            return write();
        }
        catch (ArgumentException exception)
        {
            return exception.GetType().Name;
        }
    }
}

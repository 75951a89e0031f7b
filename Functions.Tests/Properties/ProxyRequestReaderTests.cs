using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EventFunctions.Annotations.APIGatewayEvents;
using EventFunctions.Annotations.Runtime;
using EventFunctions.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// The handlers read the proxy event with <see cref="ProxyRequestReader"/>, not <see cref="JsonSerializer"/>:
/// for every payload both must agree — the same event, or both refuse it.
/// </summary>
[Trait("Category", "Unit")]
public sealed class ProxyRequestReaderTests(ITestOutputHelper output)
{
    private const string Refused = "<refused>";

    private static readonly string[] ProxyKeys =
    [
        "resource", "path", "httpMethod", "headers", "multiValueHeaders", "queryStringParameters",
        "multiValueQueryStringParameters", "pathParameters", "stageVariables", "requestContext", "body", "isBase64Encoded",
        "accountId", "apiId", "domainName", "extendedRequestId", "requestId", "requestTimeEpoch", "stage", "identity",
        "authorizer", "sourceIp", "userAgent", "Path", "PATH", "p\\u0061th",
    ];

    private static readonly string[] SampleNames =
    [
        .. Directory.GetFiles(ProxyEventSamples.Folder, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal),
        .. ProxyEventSamples.Bad(),
    ];

    public static TheoryData<string> Samples() => [.. SampleNames];

    [Theory]
    [MemberData(nameof(Samples))]
    public void EverySample_ReadsAsTheSerializerReadsIt(string sample)
    {
        var payload = ProxyEventSamples.Read(sample);

        Assert.Equal(SerializerOutcome(payload), ReaderOutcome(payload));
        Assert.NotEqual(Refused, ReaderOutcome(payload));
    }

    [Fact]
    public void AnyProxyShapedPayload_ReadsAsTheSerializerReadsIt()
    {
        PropertyRun.Check(
            ProxyShapedJson(4),
            payload => Task.FromResult(SerializerOutcome(payload) == ReaderOutcome(payload)),
            output,
            "proxy event reader agrees with the serializer",
            count: 2000);
    }

    [Fact]
    public void EveryValueOfEveryGoodSampleReplacedByAnyKindOfJson_ReadsAsTheSerializerReadsIt()
    {
        string[] replacements =
        [
            "null", "true", "false", "0", "-1", "1.5", "1e400", "9223372036854775808", "\"\"", "\"x\"", "\"\\u0000\"",
            "[]", "[null]", "[\"a\"]", "[1]", "[[]]", "{}", "{\"a\":null}", "{\"a\":\"b\"}", "{\"a\":1}", "{\"a\":[\"b\"]}", "{\"a\":{}}",
        ];
        var tried = 0;
        var disagreements = new List<string>();
        // The good samples only: the bad ones have the same event structure and differ in what the body says.
        foreach (var sample in SampleNames.Where(name => !name.StartsWith("bad/", StringComparison.Ordinal)))
        {
            var text = ProxyEventSamples.Read(sample);
            var count = ValuesOf(JsonNode.Parse(text)!).Count;
            for (var index = 1; index < count; index++)
            {
                foreach (var replacement in replacements)
                {
                    var payload = ReplaceOneValue(text, index, replacement);
                    tried++;
                    if (SerializerOutcome(payload) != ReaderOutcome(payload))
                    {
                        disagreements.Add(payload);
                    }
                }
            }
        }

        output.WriteLine($"[tally] proxy event reader agrees with the serializer on mutated samples: {tried} inputs tried");
        Assert.Empty(disagreements);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("\"event\"")]
    [InlineData("{\"path\":1}")]
    [InlineData("{\"isBase64Encoded\":null}")]
    [InlineData("{\"requestContext\":{\"requestTimeEpoch\":1.5}}")]
    [InlineData("{\"headers\":{\"a\":[\"b\"]}}")]
    [InlineData("{} {}")]
    [InlineData("{\"path\":\"/\",}")]
    [InlineData("{/* comment */}")]
    public void PayloadThatIsNotAProxyEvent_IsRefused(string payload)
    {
        Assert.Equal(Refused, ReaderOutcome(payload));
        Assert.Equal(Refused, SerializerOutcome(payload));
    }

    [Theory]
    [InlineData("{\"path\":\"\xFF\"}")]
    [InlineData("{\"headers\":{\"\xC3\":\"x\"}}")]
    [InlineData("{\"headers\":{\"a\":\"\xED\xA0\x80\"}}")]
    [InlineData("{\"multiValueHeaders\":{\"a\":[\"\xF4\x90\x80\x80\"]}}")]
    [InlineData("{\"requestContext\":{\"identity\":{\"sourceIp\":\"\xC0\xAF\"}}}")]
    public void StringThatIsNotValidUtf8_IsRefused(string latin1Payload)
    {
        var payload = Encoding.Latin1.GetBytes(latin1Payload);

        Assert.Equal(Refused, Outcome(() => ProxyRequestReader.Read(payload)));
        Assert.Equal(Refused, Outcome(() => JsonSerializer.Deserialize(payload, AnnotationsJsonContext.Default.APIGatewayProxyRequest)));
    }

    [Fact]
    public void AnySampleWithCorruptedBytes_ReadsAsTheSerializerReadsIt()
    {
        var corruptions =
            from sample in Gen.Elements(SampleNames)
            from edits in Gen.ListOf(Gen.Zip(Gen.Choose(0, int.MaxValue), Gen.Elements<byte>(0xFF, 0xC3, 0x80, 0xED, 0x00, 0x22, 0x5C, 0x7B)))
            select Corrupt(Encoding.UTF8.GetBytes(ProxyEventSamples.Read(sample)), edits);

        PropertyRun.Check(
            corruptions,
            payload => Task.FromResult(
                Outcome(() => ProxyRequestReader.Read(payload))
                == Outcome(() => JsonSerializer.Deserialize(payload, AnnotationsJsonContext.Default.APIGatewayProxyRequest))),
            output,
            "proxy event reader agrees with the serializer on corrupted bytes",
            count: 1000);
    }

    [Fact]
    public void PropertyNames_MatchExactlyAndTheLastDuplicateWins()
    {
        var request = ProxyRequestReader.Read("""{"Path":"/a","p\u0061th":"/b","path":"/c","unknown":{"path":"/d"}}"""u8);

        Assert.Equal("/c", request!.Path);
    }

    [Fact]
    public void JsonNullPayload_IsNoEvent()
    {
        Assert.Null(ProxyRequestReader.Read("null"u8));
    }

    [Fact]
    public void RequestTimeEpoch_IsReadAsA64BitInteger()
    {
        var request = ProxyRequestReader.Read(Encoding.UTF8.GetBytes(
            "{\"requestContext\":{\"requestTimeEpoch\":" + long.MaxValue.ToString(CultureInfo.InvariantCulture) + "}}"));

        Assert.Equal(long.MaxValue, request!.RequestContext!.RequestTimeEpoch);
    }

    private static byte[] Corrupt(byte[] payload, IEnumerable<(int Position, byte Value)> edits)
    {
        foreach (var (position, value) in edits)
        {
            payload[position % payload.Length] = value;
        }

        return payload;
    }

    private static string ReaderOutcome(string payload) => Outcome(() => ProxyRequestReader.Read(Encoding.UTF8.GetBytes(payload)));

    private static string SerializerOutcome(string payload) =>
        Outcome(() => JsonSerializer.Deserialize(payload, AnnotationsJsonContext.Default.APIGatewayProxyRequest));

    private static string Outcome(Func<APIGatewayProxyRequest?> read)
    {
        try
        {
            return read() is { } request
                ? JsonSerializer.Serialize(request, AnnotationsJsonContext.Default.APIGatewayProxyRequest)
                : "null";
        }
        catch (JsonException)
        {
            return Refused;
        }
    }

    /// <summary>JSON whose keys are mostly the proxy event's own names, with values of every kind at every depth.</summary>
    private static Gen<string> ProxyShapedJson(int depth)
    {
        var scalar = Gen.OneOf(
            Gen.Elements("null", "true", "false", "0", "-1", "1.5", "1e3", "9223372036854775807", "9223372036854775808", "1e400"),
            HostileValues.Text.Select(text => JsonSerializer.Serialize(text)));
        if (depth <= 0)
        {
            return scalar;
        }

        var inner = ProxyShapedJson(depth - 1);
        var key = Gen.Frequency((4, Gen.Elements(ProxyKeys)), (1, HostileValues.Text.Select(text => JsonSerializer.Serialize(text)[1..^1])));
        var member = key.SelectMany(k => inner, (k, v) => "\"" + k + "\":" + v);
        return Gen.Frequency(
            (1, scalar),
            (1, Gen.ListOf(inner).Select(items => "[" + string.Join(",", items) + "]")),
            (4, Gen.ListOf(member).Select(members => "{" + string.Join(",", members) + "}")));
    }

    /// <summary>The sample with its <paramref name="index"/>-th value (in document order; 0 is the root) replaced.</summary>
    private static string ReplaceOneValue(string sample, int index, string json)
    {
        var root = JsonNode.Parse(sample)!;
        var target = ValuesOf(root)[index];
        var replacement = JsonNode.Parse(json);
        switch (target.Parent)
        {
            case JsonObject parent:
                parent[target.GetPropertyName()] = replacement;
                break;
            case JsonArray array:
                array[target.GetElementIndex()] = replacement;
                break;
        }

        return root.ToJsonString();
    }

    /// <summary>Every non-null value in the document, the root first.</summary>
    private static List<JsonNode> ValuesOf(JsonNode root)
    {
        var values = new List<JsonNode>();
        var pending = new Stack<JsonNode>([root]);
        while (pending.TryPop(out var node))
        {
            values.Add(node);
            var children = node switch
            {
                JsonObject obj => obj.Select(p => p.Value),
                JsonArray array => array.AsEnumerable(),
                _ => [],
            };
            foreach (var child in children.Reverse())
            {
                if (child is not null)
                {
                    pending.Push(child);
                }
            }
        }

        return values;
    }
}

using System.Text.Json;
using EventFunctions.Annotations.Idempotency;
using EventFunctions.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>
/// Any Idempotency-Key on any write: a 400 when the rule rejects it, otherwise the answer the request gets without
/// a key, never a 5xx; and a retry with a valid key gets the first answer back.
/// </summary>
[Trait("Category", "Unit")]
public sealed class IdempotencyPropertyTests(ITestOutputHelper output)
{
    private static readonly HandlerHarness Harness = new(LenientEventStore.Create(), new InMemoryIdempotencyStore());

    private static readonly string[] Samples =
    [
        "create-event.json", "create-event-generated-id.json", "update-event.json", "update-event-if-match.json", "delete-event.json",
    ];

    private static readonly Gen<char> KeyCharacter = Gen.Choose('!', '~').Select(c => (char)c).Where(c => c is not ('"' or ','));

    /// <summary>Keys the rule accepts: 1-255 visible ASCII characters, bare or quoted.</summary>
    private static readonly Gen<string> ValidKeys =
        from length in Gen.Frequency((4, Gen.Choose(1, 40)), (1, Gen.Choose(250, IdempotencyKey.MaxLength)))
        from chars in Gen.ArrayOf(KeyCharacter, length)
        from quoted in Gen.Elements(false, true)
        let key = new string(chars)
        where !quoted || !key.Contains('\\', StringComparison.Ordinal)
        select quoted ? '"' + key + '"' : key;

    /// <summary>Any header value: hostile text, near-valid keys (too long, a comma, a space, an escape) and valid ones.</summary>
    private static readonly Gen<string> AnyKeys = Gen.Frequency(
        (3, HostileValues.Text),
        (2, ValidKeys),
        (1, Gen.Elements(new string('k', 256), "\"" + new string('k', 256) + "\"", "a,b", "a b", "\"a\\\"b\"", "\"unterminated", "clé", "\"\"")));

    private static string Keyed(string sample, string key) =>
        ProxyEventSamples.Edit(sample).WithHeader("Idempotency-Key", key).ToJsonString();

    private static bool IsProblem(ProxyResponse response) =>
        response.Header("Content-Type") == "application/problem+json; charset=utf-8"
        && response.Json.GetProperty("status").GetInt32() == response.StatusCode
        && response.Json.GetProperty("title").ValueKind == JsonValueKind.String
        && !response.Body!.Contains("Exception", StringComparison.Ordinal);

    public static TheoryData<string> SampleNames() => [.. Samples];

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void AnyKey_GetsA400WhenMalformedOtherwiseA2xxOr4xx(string sample) =>
        PropertyRun.Check(
            AnyKeys,
            async key =>
            {
                var response = await Harness.InvokeRoutedAsync(Keyed(sample, key));
                return IdempotencyKey.TryParse(key, out _)
                    ? response.StatusCode is >= 200 and < 500 && (response.StatusCode < 400 || IsProblem(response))
                    : response.StatusCode == 400 && IsProblem(response);
            },
            output,
            "Idempotency-Key on " + sample);

    [Theory]
    [MemberData(nameof(SampleNames))]
    public void ValidKey_RetriedGetsTheFirstAnswerReplayed(string sample) =>
        PropertyRun.Check(
            ValidKeys,
            async key =>
            {
                // A store of this input's own, so that an earlier input's record cannot answer for this one.
                var harness = new HandlerHarness(LenientEventStore.Create(), new InMemoryIdempotencyStore());
                var first = await harness.InvokeRoutedAsync(Keyed(sample, key));
                var retry = await harness.InvokeRoutedAsync(Keyed(sample, key));
                return first.Header("Idempotent-Replayed") is null
                    && first.StatusCode < 500
                    && retry.StatusCode == first.StatusCode
                    && retry.Body == first.Body
                    && retry.Header("Idempotent-Replayed") == "true";
            },
            output,
            "retried Idempotency-Key on " + sample,
            count: 100);
}

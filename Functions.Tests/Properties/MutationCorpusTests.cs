using System.Text.Json;
using EventFunctions.Tests.Infrastructure;
using Xunit.Abstractions;

namespace EventFunctions.Tests.Properties;

/// <summary>The mutation corpus through every function: a 2xx or 4xx, a problem for errors, no injected header.</summary>
[Trait("Category", "Unit")]
public sealed class MutationCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Kinds() => [.. MutationCorpus.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task EveryMutation_IsAnsweredCleanly(string kind)
    {
        var harness = new HandlerHarness(LenientEventStore.Create(), "https://app.example");
        var tried = 0;

        foreach (var (name, proxyEvent) in MutationCorpus.Of(kind))
        {
            var response = await harness.InvokeRoutedAsync(proxyEvent);
            tried++;

            Assert.True(response.StatusCode is >= 200 and < 500, $"{name}: {response.StatusCode} {response.Body}");
            if (response.StatusCode >= 400)
            {
                Assert.Equal("application/problem+json; charset=utf-8", response.Header("Content-Type"));
                Assert.Equal(response.StatusCode, response.Json.GetProperty("status").GetInt32());
            }

            Assert.Null(response.Header("Set-Cookie"));
            Assert.Null(response.Header("X-Injected"));
            Assert.Equal("https://app.example", response.Header("Access-Control-Allow-Origin"));
            AssertNoControlCharactersInHeaders(name, response);
        }

        Assert.True(tried >= MutationCorpus.GoodSamples().Count(), $"{tried} mutations");
        output.WriteLine($"[tally] mutation corpus {kind}: {tried} inputs tried");
    }

    private static void AssertNoControlCharactersInHeaders(string name, ProxyResponse response)
    {
        using var document = JsonDocument.Parse(JsonSerializer.Serialize(new { location = response.Header("Location"), link = response.Header("Link"), etag = response.Header("ETag") }));
        foreach (var header in document.RootElement.EnumerateObject())
        {
            var value = header.Value.GetString() ?? string.Empty;
            Assert.False(value.Any(char.IsControl), $"{name}: {header.Name} carries a control character");
        }
    }
}

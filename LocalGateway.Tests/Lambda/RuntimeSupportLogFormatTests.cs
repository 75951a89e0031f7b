using System.Text.Json;
using EventFunctions.ManagedRuntime;
using Format = EventFunctions.ManagedRuntime.RuntimeSupportConsole.Format;
using Level = EventFunctions.ManagedRuntime.RuntimeSupportConsole.Level;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>The managed stand-in formats Console lines as Amazon.Lambda.RuntimeSupport does.</summary>
[Trait("Category", "Unit")]
public sealed class RuntimeSupportLogFormatTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 8, 10, 7, TimeSpan.Zero);

    [Fact]
    public void TextFormat_PrefixesTimestampRequestIdAndLevelLabel()
    {
        var line = RuntimeSupportConsole.FormatLine(Format.Default, Level.Information, Now, "req-1", null, "hello");

        Assert.Equal("2026-12-01T12:08:10.007Z\treq-1\tinfo\thello", line);
    }

    [Fact]
    public void JsonFormat_EscapesAJsonLineIntoMessage()
    {
        var line = RuntimeSupportConsole.FormatLine(Format.Json, Level.Information, Now, "req-1", "Root=1-a;Sampled=1", """{"level":"INFO"}""");

        using var record = JsonDocument.Parse(line);
        Assert.Equal("""{"level":"INFO"}""", record.RootElement.GetProperty("message").GetString());
    }

    [Fact]
    public void JsonFormat_CarriesLevelNameRequestIdAndWholeTraceHeader()
    {
        var line = RuntimeSupportConsole.FormatLine(Format.Json, Level.Error, Now, "req-1", "Root=1-a;Sampled=1", "x");

        using var record = JsonDocument.Parse(line);
        Assert.Equal(
            ("Error", "req-1", "Root=1-a;Sampled=1"),
            (record.RootElement.GetProperty("level").GetString(), record.RootElement.GetProperty("requestId").GetString(), record.RootElement.GetProperty("traceId").GetString()));
    }

    [Fact]
    public void JsonFormat_LeavesOutAnEmptyRequestIdAndTraceId()
    {
        var line = RuntimeSupportConsole.FormatLine(Format.Json, Level.Information, Now, null, null, "x");

        Assert.Equal("""{"timestamp":"2026-12-01T12:08:10.007Z","level":"Information","message":"x"}""", line);
    }

    [Fact]
    public void UnformattedFormat_WritesTheLineAsItIs()
    {
        Assert.Equal("hello", RuntimeSupportConsole.FormatLine(Format.Unformatted, Level.Information, Now, "req-1", null, "hello"));
    }

    [Theory]
    [InlineData("JSON", nameof(Format.Json))]
    [InlineData("Text", nameof(Format.Default))]
    [InlineData("unformatted", nameof(Format.Unformatted))]
    [InlineData(null, nameof(Format.Default))]
    public void Format_IsReadCaseInsensitivelyWithTextAsTheDefault(string? value, string expected)
    {
        Assert.Equal(expected, RuntimeSupportConsole.ParseFormat(value).ToString());
    }

    [Theory]
    [InlineData("WARN", nameof(Level.Warning))]
    [InlineData("fatal", nameof(Level.Critical))]
    [InlineData("Information", nameof(Level.Information))]
    [InlineData("DEBUG", nameof(Level.Debug))]
    [InlineData("loud", null)]
    public void Level_AcceptsLambdasAndDotNetsNames(string value, string? expected)
    {
        Assert.Equal(expected, RuntimeSupportConsole.ParseLevel(value)?.ToString());
    }
}

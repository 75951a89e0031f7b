using EventFunctions.LocalGateway.Lambda;

namespace EventFunctions.LocalGateway.Tests.Lambda;

/// <summary>The console's <c>--pretty-logs</c> rendering: JSON objects indented under the function's prefix, anything else as written.</summary>
[Trait("Category", "Unit")]
public sealed class IndentedJsonTests
{
    [Fact]
    public void IndentingConsole_JsonObjectLine_PrintsEachIndentedLinePrefixed()
    {
        using var output = new StringWriter { NewLine = "\n" };

        new LogConsole(output, indentJson: true).Write("GetEvent", """{"level":"INFO","status":200}""");

        Assert.Equal("[GetEvent] {\n[GetEvent]   \"level\": \"INFO\",\n[GetEvent]   \"status\": 200\n[GetEvent] }\n", output.ToString());
    }

    [Fact]
    public void IndentingConsole_TextLine_PrintsItAsWritten()
    {
        using var output = new StringWriter { NewLine = "\n" };

        new LogConsole(output, indentJson: true).Write("GetEvent", "{not json} START RequestId: x");

        Assert.Equal("[GetEvent] {not json} START RequestId: x\n", output.ToString());
    }
}

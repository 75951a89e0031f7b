using System.Text;

namespace EventFunctions.Annotations.Generator;

/// <summary>A minimal indenting writer for generated C#.</summary>
internal sealed class SourceWriter
{
    private readonly StringBuilder builder = new StringBuilder();
    private int depth;

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            builder.Append(' ', depth * 4);
        }

        builder.Append(text).Append('\n');
        return this;
    }

    public SourceWriter Open(string text)
    {
        Line(text);
        Line("{");
        depth++;
        return this;
    }

    public SourceWriter Close(string suffix = "")
    {
        depth--;
        return Line("}" + suffix);
    }

    public override string ToString() => builder.ToString();
}

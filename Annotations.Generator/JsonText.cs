using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace EventFunctions.Annotations.Generator;

/// <summary>A small JSON writer (generators cannot depend on System.Text.Json).</summary>
internal sealed class JsonText
{
    private readonly StringBuilder builder = new StringBuilder();
    private readonly Stack<bool> first = new Stack<bool>();

    public JsonText StartObject(string? name = null) => Open(name, '{');

    public JsonText EndObject() => Close('}');

    public JsonText StartArray(string? name = null) => Open(name, '[');

    public JsonText EndArray() => Close(']');

    public JsonText String(string? name, string? value)
    {
        Separator(name);
        if (value is null)
        {
            builder.Append("null");
        }
        else
        {
            Quote(value);
        }

        return this;
    }

    public JsonText Number(string name, int value)
    {
        Separator(name);
        builder.Append(value.ToString(CultureInfo.InvariantCulture));
        return this;
    }

    public JsonText Boolean(string name, bool value)
    {
        Separator(name);
        builder.Append(value ? "true" : "false");
        return this;
    }

    public JsonText Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            String(null, value);
        }

        return EndArray();
    }

    public override string ToString() => builder.ToString();

    private JsonText Open(string? name, char bracket)
    {
        Separator(name);
        builder.Append(bracket);
        first.Push(true);
        return this;
    }

    private JsonText Close(char bracket)
    {
        first.Pop();
        builder.Append(bracket);
        return this;
    }

    private void Separator(string? name)
    {
        if (first.Count > 0)
        {
            if (!first.Pop())
            {
                builder.Append(',');
            }

            first.Push(false);
        }

        if (name is not null)
        {
            Quote(name);
            builder.Append(':');
        }
    }

    private void Quote(string value)
    {
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c < ' ' || c > '~')
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        builder.Append('"');
    }
}

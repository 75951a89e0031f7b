using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace EventFunctions.Annotations.Generator;

/// <summary>
/// A method's XML documentation as plain text: the summary, the function's description, and each
/// <c>&lt;param&gt;</c>, its parameter's. Empty when the project does not generate documentation.
/// </summary>
internal sealed class Documentation
{
    private static readonly Documentation None = new(null, new Dictionary<string, string>());

    private readonly IReadOnlyDictionary<string, string> parameters;

    private Documentation(string? summary, IReadOnlyDictionary<string, string> parameters)
    {
        Summary = summary;
        this.parameters = parameters;
    }

    public string? Summary { get; }

    public string? Parameter(string name) => parameters.TryGetValue(name, out var text) ? text : null;

    public static Documentation Of(IMethodSymbol method, CancellationToken cancellationToken)
    {
        var xml = method.GetDocumentationCommentXml(cancellationToken: cancellationToken);
        if (string.IsNullOrWhiteSpace(xml))
        {
            return None;
        }

        try
        {
            var root = XElement.Parse(xml);
            var parameters = root.Elements("param")
                .Where(p => p.Attribute("name") is not null)
                .GroupBy(p => p.Attribute("name")!.Value)
                .ToDictionary(g => g.Key, g => Text(g.First()));
            return new Documentation(root.Element("summary") is { } summary ? Text(summary) : null, parameters);
        }
        catch (System.Xml.XmlException)
        {
            return None;
        }
    }

    /// <summary>The element's text with <c>&lt;c&gt;</c> and <c>&lt;see cref&gt;</c> reduced to their names, on one line.</summary>
    private static string Text(XElement element)
    {
        foreach (var reference in element.Descendants().Where(e => e.Name == "see" || e.Name == "paramref").ToList())
        {
            var name = reference.Attribute("cref")?.Value ?? reference.Attribute("name")?.Value ?? reference.Attribute("langword")?.Value ?? string.Empty;
            reference.ReplaceWith(name.Contains(':') ? name.Substring(name.IndexOf(':') + 1).Split('.').Last() : name);
        }

        return Regex.Replace(element.Value, @"\s+", " ").Trim();
    }
}

using System.Globalization;
using Sermo.Analytics.Aspects;

namespace Sermo.Analytics.Query;

/// <summary>The values after a field's colon (<c>sentiment:</c>, <c>aspect:</c>, <c>class:</c>, <c>date:</c>), each checked so a bad one names what was expected.</summary>
public static partial class QueryParser
{
    private sealed partial class Parser
    {
        /// <summary>
        /// <c>class:statin</c>, <c>class:folfox</c>: posts tagged with a member generic of the class, or naming the
        /// class or regimen in their text (so "statins" alone counts). A regimen's drugs alone do not make it.
        /// </summary>
        private QueryNode ParseDrugClass()
        {
            var start = _pos;
            var id = (_pos < text.Length && text[_pos] == '"' ? string.Join(' ', ParsePhrase().Words) : ReadWord()).ToLowerInvariant();
            var group = DrugClassQuery.Find(id)
                ?? throw new QuerySyntaxException($"Unknown drug class '{id}'", start, "a class or regimen id of drug_classes.csv, such as statin, glp1-ra, sglt2i, folfox");
            var alternatives = group.Generics.Select(g => (QueryNode)new FieldNode(QueryField.Generic, g))
                .Concat(group.Names.Select(Words).Where(w => w.Count > 0).Select(w => (QueryNode)new PhraseNode(w)));
            return alternatives.Aggregate((left, right) => new OrNode(left, right));
        }

        private FieldNode ParseField(QueryField field)
        {
            var start = _pos;
            string value;
            if (_pos < text.Length && text[_pos] == '"')
            {
                value = string.Join(' ', ParsePhrase().Words);
            }
            else
            {
                value = ReadWord();
            }

            if (value.Length == 0)
            {
                throw Error($"Missing value after '{field.ToString().ToLowerInvariant()}:'", "a value (a word or a \"quoted name\")");
            }

            switch (field)
            {
                case QueryField.Sentiment:
                    value = value.ToLowerInvariant();
                    if (value is not ("positive" or "neutral" or "negative"))
                    {
                        throw new QuerySyntaxException($"Unknown sentiment '{value}'", start, "positive, neutral or negative");
                    }

                    break;
                case QueryField.AdverseEvent:
                    value = value.ToLowerInvariant();
                    if (value is not ("true" or "false"))
                    {
                        throw new QuerySyntaxException($"ae: takes true or false, not '{value}'", start, "true or false");
                    }

                    break;
                case QueryField.Aspect:
                    value = AspectValue(value, start);
                    break;
                case QueryField.Disease when IcdCode.IsCodePrefix(value.ToUpperInvariant()) && !value.Contains(' ', StringComparison.Ordinal):
                    value = value.ToUpperInvariant();
                    break;
                default:
                    value = value.ToLowerInvariant();
                    break;
            }

            return new FieldNode(field, value);
        }

        /// <summary>"access" or, after a second ':', "access:negative"; both parts checked.</summary>
        private string AspectValue(string aspect, int start)
        {
            aspect = aspect.ToLowerInvariant();
            if (!AspectNames.TryParse(aspect, out var parsed) || parsed.Name() != aspect)
            {
                throw new QuerySyntaxException($"Unknown aspect '{aspect}'", start, "efficacy, safety, access, cost or dosing");
            }

            if (_pos >= text.Length || text[_pos] != ':')
            {
                return aspect;
            }

            _pos++;
            var at = _pos;
            var polarity = ReadWord().ToLowerInvariant();
            if (polarity is not ("positive" or "neutral" or "negative"))
            {
                throw new QuerySyntaxException($"Unknown aspect polarity '{polarity}'", at, "positive, neutral or negative (aspect:access:negative)");
            }

            return aspect + ":" + polarity;
        }

        private DateRangeNode ParseDateRange()
        {
            var start = _pos;
            var raw = ReadWord();
            var dots = raw.IndexOf("..", StringComparison.Ordinal);
            if (dots < 0)
            {
                throw new QuerySyntaxException("Malformed date range", start, "FROM..TO with dates as yyyy-MM-dd (either end may be left out)");
            }

            var from = ParseDate(raw[..dots], start);
            var to = ParseDate(raw[(dots + 2)..], start + dots + 2);
            if (from is null && to is null)
            {
                throw new QuerySyntaxException("Open date range", start, "at least one of FROM and TO");
            }

            if (from > to)
            {
                throw new QuerySyntaxException($"Date range runs backwards ({from:yyyy-MM-dd} after {to:yyyy-MM-dd})", start, "FROM on or before TO");
            }

            return new DateRangeNode(from, to);
        }

        private static DateOnly? ParseDate(string value, int position) =>
            value.Length == 0 ? null
            : DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
            : throw new QuerySyntaxException($"Bad date '{value}'", position, "a date as yyyy-MM-dd");
    }
}

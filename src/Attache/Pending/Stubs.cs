// Temporary stand-ins for the cleaning and date stages being built on other branches; deleted at merge.
#pragma warning disable CS1591, CA1822
using Attache.Languages;
using Attache.Model;

namespace Attache.Recognition.Dates
{
    public sealed record DateExpression(int? Year, int? Month, int? Day);
    public sealed record DateMention(TextSpan Span, DateExpression Expression);
    public sealed record DateContext(PartialDate? Reference, PartialDate? Previous);
    public sealed class DateRecognizer(LanguageData language)
    {
        public LanguageData Language { get; } = language;
        public IReadOnlyList<DateMention> Recognize(string text, int start = 0, int end = -1) => [];
    }
    public static class DateResolver
    {
        public static PartialDate? Resolve(DateExpression e, DateContext c) => new(e.Year ?? c.Reference?.Year, e.Month, e.Day);
    }
}
namespace Attache.Recognition.Numbers
{
    public sealed record OrdinalMention(TextSpan Span, int Value);
    public sealed class OrdinalRecognizer(LanguageData language)
    {
        public LanguageData Language { get; } = language;
        public IReadOnlyList<OrdinalMention> Recognize(string text, int start = 0, int end = -1)
        {
            var r = new List<OrdinalMention>();
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text, @"\b(\d{1,2})(e|ème|eme|er|th|st|nd|rd)\b", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1)))
                r.Add(new OrdinalMention(new TextSpan(m.Index, m.Index + m.Length), int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)));
            return r;
        }
    }
}

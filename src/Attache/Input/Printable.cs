using System.Globalization;
using System.Text;

namespace Attache.Input;

/// <summary>Text made safe to print on a terminal: control and text-direction characters shown as escapes, not obeyed.</summary>
public static class Printable
{
    /// <summary>True for a character a terminal would act on or that reorders what follows: C0/C1 controls (escape
    /// sequences, NUL, line breaks), Unicode direction marks and overrides, line and paragraph separators, and halves of
    /// surrogate pairs standing alone.</summary>
    public static bool IsUnsafe(char c) =>
        char.IsControl(c) || c is '\u200E' or '\u200F' or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    /// <summary>The text with every unsafe character written as <c>\x1B</c> or <c>\u202E</c>; unchanged when it has none.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!NeedsEscape(text)) return text;
        var b = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                b.Append(c).Append(text[++i]);
            }
            else if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                b.Append(c <= '\u00FF' ? "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                b.Append(c);
            }
        }
        return b.ToString();
    }

    /// <summary>True when the text holds an unsafe character or a lone surrogate.</summary>
    public static bool NeedsEscape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (IsUnsafe(c) || char.IsSurrogate(c)) return true;
        }
        return false;
    }
}

/// <summary>The rule for document ids: 1 to <see cref="MaxLength"/> characters, none of them unsafe to print
/// (<see cref="Printable.IsUnsafe"/>), so that an id can be shown, typed back and used in a URL.</summary>
public static class DocumentIds
{
    /// <summary>The longest id, in UTF-16 characters: room for a URL used as id, not for a document's text.</summary>
    public const int MaxLength = 512;

    /// <summary>Why the id is not acceptable (for an error message), or null when it is.</summary>
    public static string? Problem(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (string.IsNullOrWhiteSpace(id)) return "empty \"id\"";
        if (id.Length > MaxLength)
            return $"\"id\" is {id.Length.ToString("N0", CultureInfo.InvariantCulture)} characters long, over the limit of {MaxLength}";
        if (Printable.NeedsEscape(id))
            return $"\"id\" \"{Printable.Escape(id.Length <= 60 ? id : id[..57] + "...")}\" contains a control or text-direction character";
        return null;
    }
}

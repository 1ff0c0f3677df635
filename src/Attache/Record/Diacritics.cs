namespace Attache.Record;

/// <summary>Removes diacritics from Latin letters without ICU (the build runs with invariant globalization).</summary>
/// <remarks>Tables generated from Unicode decompositions for U+00C0–U+024F and U+1E00–U+1EFF (Vietnamese); combining
/// marks U+0300–U+036F are dropped; other characters pass through.</remarks>
public static class Diacritics
{
    private const string Latin = "AAAAAAACEEEEIIIIDNOOOOO\0OUUUUYTsaaaaaaaceeeeiiiidnooooo\0ouuuuytyAaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\0\0JjKk\0LlLlLlLlLlNnNnNn\0\0\0OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz\0b\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0f\0\0\0\0\0\0\0l\0\0\0\0\0Oo\0\0\0\0\0\0\0\0\0\0\0\0\0Uu\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0AaIiOoUuUuUuUuUu\0AaAa\0\0\0\0GgKkOoOo\0\0j\0\0\0Gg\0\0NnAa\0\0\0\0AaAaEeEeIiIiOoOoRrRrUuUuSsTt\0\0Hh\0\0\0\0\0\0AaEeOoOoOoOoYy\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0";
    private const string LatinAdditional = "AaBbBbBbCcDdDdDdDdDdEeEeEeEeEeFfGgHhHhHhHhHhIiIiKkKkKkLlLlLlLlMmMmMmNnNnNnNnOoOoOoOoPpPpRrRrRrRrSsSsSsSsSsTtTtTtTtUuUuUuUuUuVvVvWwWwWwWwWwXxXxYyZzZzZzhtwy\0\0\0\0\0\0AaAaAaAaAaAaAaAaAaAaAaAaEeEeEeEeEeEeEeEeIiIiOoOoOoOoOoOoOoOoOoOoOoOoUuUuUuUuUuUuUuYyYyYyYy\0\0\0\0\0\0";

    /// <summary>The base letter of a character, <c>'\0'</c> for a combining mark to drop, or the character itself.</summary>
    public static char Base(char c)
    {
        if (c < 0xC0) return c;
        if (c >= 0x300 && c <= 0x36F) return '\0';
        if (c <= 0x24F) return Latin[c - 0xC0] is var b && b != '\0' ? b : c;
        if (c >= 0x1E00 && c <= 0x1EFF) return LatinAdditional[c - 0x1E00] is var v && v != '\0' ? v : c;
        return c;
    }
}

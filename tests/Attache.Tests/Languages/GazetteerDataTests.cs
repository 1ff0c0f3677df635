using System.Text;
using Attache.Languages;

namespace Attache.Tests.Languages;

/// <summary>Consistency checks on the gazetteer data files (countries, cities, seats, organisations).</summary>
public sealed class GazetteerDataTests
{
    private static readonly string[] Languages = ["fr", "en"];

    private static readonly HashSet<string> OrganizationKinds =
        new(["ministry", "armed_force", "service", "coast_guard", "academy", "multilateral"], StringComparer.Ordinal);

    /// <summary>
    /// Forms that deliberately name two countries in countries.tsv: the demonym is the same for both Congos, and
    /// the engine has to pick one from context (Kinshasa, Brazzaville, FARDC…).
    /// </summary>
    private static readonly Dictionary<string, string[]> SharedCountryForms = new(StringComparer.Ordinal)
    {
        ["congolais"] = ["COD", "COG"],
        ["congolaise"] = ["COD", "COG"],
        ["congolaises"] = ["COD", "COG"],
        ["congolese"] = ["COD", "COG"],
    };

    public static TheoryData<string> LanguageNames() => new(Languages);

    private static HashSet<string> CountryCodes() =>
        LanguageData.Common.Table("countries").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);

    private static HashSet<(string City, string Iso)> CommonCities() =>
        LanguageData.Common.Table("cities").Select(r => (r[0], r[1])).ToHashSet();

    /// <summary>Case- and diacritic-insensitive key of a form, by the engine's own folding.</summary>
    internal static string Fold(string form) =>
        new([.. form.Where(ch => ch is < '\u0300' or > '\u036F').Select(Attache.Tokenization.TextFolding.Fold)]);

    [Fact]
    public void Common_countries_lists_every_ISO_3166_country_once()
    {
        var rows = LanguageData.Common.Table("countries");
        Assert.All(rows, r =>
        {
            Assert.Equal(2, r.Length);
            Assert.Matches("^[A-Z]{3}$", r[0]);
            Assert.False(string.IsNullOrWhiteSpace(r[1]), $"{r[0]} has no name");
        });
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
        Assert.InRange(rows.Count, 245, 255);
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Language_countries_have_four_columns_and_known_codes(string language)
    {
        var codes = CountryCodes();
        var rows = LanguageData.For(language).Table("countries");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 4, $"{language}/countries.tsv row {r[0]} has {r.Length} columns");
            Assert.Contains(r[0], codes);
            Assert.NotEmpty(LanguageData.Alternatives(r[1]));
        });
        Assert.Equal(rows.Count, rows.Select(r => r[0]).Distinct(StringComparer.Ordinal).Count());
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Language_countries_cover_every_country(string language)
    {
        var listed = LanguageData.For(language).Table("countries").Select(r => r[0]).ToHashSet(StringComparer.Ordinal);
        var missing = CountryCodes().Except(listed).Order(StringComparer.Ordinal).ToList();
        Assert.Empty(missing);
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void No_country_form_maps_to_two_countries(string language)
    {
        var owners = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var row in LanguageData.For(language).Table("countries"))
        {
            foreach (var cell in row.Skip(1))
            {
                foreach (var form in LanguageData.Alternatives(cell))
                {
                    var key = Fold(form);
                    if (!owners.TryGetValue(key, out var set)) owners[key] = set = new SortedSet<string>(StringComparer.Ordinal);
                    set.Add(row[0]);
                }
            }
        }
        var clashes = owners
            .Where(kv => kv.Value.Count > 1)
            .Where(kv => !(SharedCountryForms.TryGetValue(kv.Key, out var allowed) && kv.Value.SetEquals(allowed)))
            .Select(kv => $"{kv.Key}: {string.Join(", ", kv.Value)}")
            .ToList();
        Assert.Empty(clashes);
    }

    [Fact]
    public void Common_cities_have_three_columns_known_codes_and_no_duplicates()
    {
        var codes = CountryCodes();
        var rows = LanguageData.Common.Table("cities");
        Assert.True(rows.Count >= 600, $"only {rows.Count} cities");
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 3, $"cities.tsv row {r[0]} has {r.Length} columns");
            Assert.False(string.IsNullOrWhiteSpace(r[0]));
            Assert.Contains(r[1], codes);
        });
        var duplicates = rows.GroupBy(r => (r[0], r[1])).Where(g => g.Count() > 1).Select(g => $"{g.Key.Item1}/{g.Key.Item2}");
        Assert.Empty(duplicates);
    }

    [Fact]
    public void Common_city_names_are_plain_ASCII_exonyms_used_by_one_country()
    {
        var rows = LanguageData.Common.Table("cities");
        var accented = rows.Select(r => r[0]).Where(c => Fold(c) != c.ToLowerInvariant()).ToList();
        Assert.Empty(accented);
        var shared = rows.GroupBy(r => r[0], StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(shared);
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Language_cities_exist_in_common_with_the_same_country(string language)
    {
        var common = CommonCities();
        var rows = LanguageData.For(language).Table("cities");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 3, $"{language}/cities.tsv row {r[0]} has {r.Length} columns");
            Assert.True(common.Contains((r[0], r[1])), $"{language}/cities.tsv: {r[0]}/{r[1]} is not in common/cities.tsv");
            Assert.NotEmpty(LanguageData.Alternatives(r[2]));
        });
    }

    [Fact]
    public void Seats_point_to_common_cities()
    {
        var common = CommonCities();
        var rows = LanguageData.Common.Table("seats");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 3, $"seats.tsv row {r[0]} has {r.Length} columns");
            Assert.True(common.Contains((r[1], r[2])), $"seats.tsv: {r[1]}/{r[2]} is not in common/cities.tsv");
        });
    }

    [Fact]
    public void City_homonyms_name_a_common_city_and_another_known_country()
    {
        var common = CommonCities();
        var codes = CountryCodes();
        var rows = LanguageData.Common.Table("city-homonyms");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 2, $"city-homonyms.tsv row {r[0]} has {r.Length} columns");
            Assert.True(common.Any(c => c.Item1 == r[0] && c.Item2 != r[1]), $"city-homonyms.tsv: {r[0]} is not in common/cities.tsv under another country");
            Assert.Contains(r[1], codes);
        });
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Organizations_have_a_known_kind_and_country(string language)
    {
        var codes = CountryCodes();
        var rows = LanguageData.For(language).Table("organizations");
        Assert.NotEmpty(rows);
        Assert.All(rows, r =>
        {
            Assert.True(r.Length == 3, $"{language}/organizations.tsv row {string.Join("|", r)} has {r.Length} columns");
            Assert.True(r[0].Length == 0 || codes.Contains(r[0]), $"unknown country {r[0]}");
            Assert.Contains(r[1], OrganizationKinds);
            Assert.NotEmpty(LanguageData.Alternatives(r[2]));
        });
    }

    [Theory]
    [MemberData(nameof(LanguageNames))]
    public void Country_exclusions_are_single_phrases_that_contain_a_country_form(string language)
    {
        var rows = LanguageData.For(language).Table("country-exclusions");
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Single(r));
        var forms = LanguageData.For(language).Table("countries")
            .SelectMany(r => r.Skip(1).SelectMany(LanguageData.Alternatives))
            .Select(Fold)
            .ToHashSet(StringComparer.Ordinal);
        var noCountryWord = rows
            .Select(r => r[0])
            .Where(p => !Fold(p).Split([' ', '-', '\''], StringSplitOptions.RemoveEmptyEntries).Any(forms.Contains)
                && !forms.Any(f => f.Contains(' ', StringComparison.Ordinal) && Fold(p).Contains(f, StringComparison.Ordinal)))
            .ToList();
        Assert.Empty(noCountryWord);
    }

    [Fact]
    public void Fold_ignores_case_and_diacritics()
    {
        Assert.Equal("viet nam", Fold("Việt Nam"));
        Assert.Equal("etats-unis", Fold("États-Unis"));
        Assert.Equal("dien bien phu", Fold("Điện Biên Phủ"));
        Assert.Equal("viet nam", Fold("Vie\u0323\u0302t Nam"));
        Assert.NotEqual(Fold("nigérien"), Fold("nigérian"));
    }
}

using System.Globalization;
using Attache.Model;
using Attache.Record;
using Attache.Serialization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Attache.Bench.Storage;

/// <summary>Writes a large synthetic record straight into the tables (not through the matcher), a few big transactions.</summary>
/// <remarks>Every event has its own source document; pairs are drawn from 60 countries, so each pair has about 1/1770 of the events.</remarks>
internal static class BulkStore
{
    private static readonly string[] Countries =
    [
        "VNM", .. Synthetic.Partners, "ARE", "SAU", "QAT", "IRN", "IRQ", "NGA", "KEN", "ETH", "MEX", "COL", "PER", "VEN", "UKR", "ROU", "GRC",
        "PRT", "SWE", "NOR", "FIN",
    ];

    private const int Batch = 100_000;

    /// <summary>The rows of one synthetic event.</summary>
    private sealed record Row(string Id, Event Event, string Data, string DocumentId, string Hash, long Seq, string? SeriesKey, string? Concept, string? Display);

    private static IEnumerable<Row> Rows(int count)
    {
        var random = new Random(1234);
        var synthetic = new Synthetic(99);
        for (var i = 0; i < count; i++)
        {
            var a = Countries[random.Next(Countries.Length)];
            string b;
            do b = Countries[random.Next(Countries.Length)]; while (b == a);
            var template = synthetic.NextEvent(EventStatus.Reported);
            var countries = new[] { a, b }.Order(StringComparer.Ordinal).ToArray();
            var e = template with
            {
                Countries = countries,
                Participants = [template.Participants[0] with { Country = a }, template.Participants[1] with { Country = b }],
                Mechanism = template.Mechanism is null ? null : new Mechanism($"{a}-{b} Defence Policy Dialogue", template.Mechanism.Edition),
                Evidence = [],
            };
            var series = MechanismNames.SeriesKey(e);
            var (concept, display) = series is null ? (null, null) : MechanismNames.Concept(e.Mechanism!.Name);
            yield return new Row($"ev-bulk-{i:D7}", e, EventJsonReader.Write(e), $"bulk-{i:D7}", $"hash-{i:D7}", i + 1, series, concept, display);
        }
    }

    private static object[] EventValues(Row r)
    {
        var e = r.Event;
        return
        [
            r.Id, EventJson.Name(e.Type), EventMatcher.Family(e.Type), EventJson.Name(e.Status), (object?)e.Date?.ToString() ?? DBNull.Value,
            (object?)PartialDates.Lower(e.Date) ?? DBNull.Value, (object?)PartialDates.Upper(e.Date) ?? DBNull.Value, 0L, DBNull.Value,
            (object?)e.Location?.City ?? DBNull.Value, (object?)e.Location?.Country ?? DBNull.Value, MechanismNames.CountryKey(e.Countries),
            (object?)e.Mechanism?.Name ?? DBNull.Value, e.Mechanism is null ? DBNull.Value : TextKey.Fold(e.Mechanism.Name),
            (object?)r.SeriesKey ?? DBNull.Value, e.Mechanism?.Edition is int ed ? (long)ed : DBNull.Value,
            "|" + string.Join('|', e.Areas.Select(EventJson.Name)) + "|", r.Data, "[]", 1L, r.Seq,
        ];
    }

    private const string EventColumns = "id, type, family, status, date, date_lo, date_hi, date_inferred, date_reason, city, location_country, country_key, mechanism_name, mechanism_fold, series_key, edition, areas, data, conflicts, source_count, seq";

    public static async Task LoadSqliteAsync(string path, int count)
    {
        await using var conn = new SqliteConnection($"Data Source={path};Pooling=false");
        await conn.OpenAsync().ConfigureAwait(false);
        using (var pragma = conn.CreateCommand())
        {
            pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -200000; PRAGMA foreign_keys = OFF";
            await pragma.ExecuteNonQueryAsync().ConfigureAwait(false);
        }
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        SqliteTransaction? tx = null;
        SqliteCommand? doc = null, ev = null, country = null, source = null, mech = null, pair = null;
        var n = 0;
        foreach (var r in Rows(count))
        {
            if (n++ % Batch == 0)
            {
                if (tx is not null) await tx.CommitAsync().ConfigureAwait(false);
                tx = conn.BeginTransaction();
                doc = Prepare(conn, tx, "INSERT INTO documents (id, content_hash, url, text, published, language, seq, ingested_at) VALUES ($0, $1, NULL, $2, NULL, 'en', $3, $4)", 5);
                ev = Prepare(conn, tx, $"INSERT INTO events ({EventColumns}) VALUES ({string.Join(", ", Enumerable.Range(0, 21).Select(i => "$" + i))})", 21);
                country = Prepare(conn, tx, "INSERT INTO event_countries (event_id, country) VALUES ($0, $1)", 2);
                pair = Prepare(conn, tx, "INSERT INTO event_pairs (pair_key, event_id) VALUES ($0, $1)", 2);
                source = Prepare(conn, tx, "INSERT INTO event_sources (document_id, event_index, event_id, data, seq) VALUES ($0, 0, $1, $2, $3)", 4);
                mech = Prepare(conn, tx, "INSERT INTO mechanisms (series_key, concept, name, country_key) VALUES ($0, $1, $2, $3) ON CONFLICT DO NOTHING", 4);
            }
            await Run(doc!, r.DocumentId, r.Hash, "Invented bulk dispatch.", r.Seq, at).ConfigureAwait(false);
            if (r.SeriesKey is not null) await Run(mech!, r.SeriesKey, r.Concept!, r.Display!, MechanismNames.CountryKey(r.Event.Countries)).ConfigureAwait(false);
            await Run(ev!, EventValues(r)).ConfigureAwait(false);
            foreach (var c in r.Event.Countries) await Run(country!, r.Id, c).ConfigureAwait(false);
            await Run(pair!, string.Join('-', r.Event.Countries), r.Id).ConfigureAwait(false);
            await Run(source!, r.DocumentId, r.Id, r.Data, r.Seq).ConfigureAwait(false);
        }
        if (tx is not null) await tx.CommitAsync().ConfigureAwait(false);
        using var analyze = conn.CreateCommand();
        analyze.CommandText = "ANALYZE";
        await analyze.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private static SqliteCommand Prepare(SqliteConnection conn, SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 0; i < parameters; i++) cmd.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
        cmd.Prepare();
        return cmd;
    }

    private static Task<int> Run(SqliteCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++) cmd.Parameters[i].Value = values[i];
        return cmd.ExecuteNonQueryAsync();
    }

    public static async Task LoadPostgresAsync(string db, int count)
    {
        await using var conn = new NpgsqlConnection(db);
        await conn.OpenAsync().ConfigureAwait(false);
        var rows = Rows(count).ToList();
        var at = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        await using (var w = await conn.BeginTextImportAsync("COPY mechanisms (series_key, concept, name, country_key) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows.Where(r => r.SeriesKey is not null).DistinctBy(r => r.SeriesKey))
                await w.WriteLineAsync(Line(r.SeriesKey, r.Concept, r.Display, MechanismNames.CountryKey(r.Event.Countries))).ConfigureAwait(false);
        await using (var w = await conn.BeginTextImportAsync("COPY documents (id, content_hash, url, text, published, language, seq, ingested_at) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows)
                await w.WriteLineAsync(Line(r.DocumentId, r.Hash, null, "Invented bulk dispatch.", null, "en", r.Seq, at)).ConfigureAwait(false);
        await using (var w = await conn.BeginTextImportAsync($"COPY events ({EventColumns}) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows)
                await w.WriteLineAsync(Line(EventValues(r))).ConfigureAwait(false);
        await using (var w = await conn.BeginTextImportAsync("COPY event_countries (event_id, country) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows)
                foreach (var c in r.Event.Countries) await w.WriteLineAsync(Line(r.Id, c)).ConfigureAwait(false);
        await using (var w = await conn.BeginTextImportAsync("COPY event_pairs (pair_key, event_id) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows)
                await w.WriteLineAsync(Line(string.Join('-', r.Event.Countries), r.Id)).ConfigureAwait(false);
        await using (var w = await conn.BeginTextImportAsync("COPY event_sources (document_id, event_index, event_id, data, seq) FROM STDIN").ConfigureAwait(false))
            foreach (var r in rows)
                await w.WriteLineAsync(Line(r.DocumentId, 0, r.Id, r.Data, r.Seq)).ConfigureAwait(false);
        await using var analyze = new NpgsqlCommand("ANALYZE", conn);
        await analyze.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    /// <summary>One line of PostgreSQL's COPY text format.</summary>
    private static string Line(params object?[] values) => string.Join('\t', values.Select(v => v is null or DBNull ? @"\N"
        : Convert.ToString(v, CultureInfo.InvariantCulture)!.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("\t", @"\t", StringComparison.Ordinal)
            .Replace("\n", @"\n", StringComparison.Ordinal).Replace("\r", @"\r", StringComparison.Ordinal)));
}

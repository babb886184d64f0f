using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace GraphExplorer.Embedded;

/// <summary>
/// A prepared statement driven through SQLite's own API (the library Microsoft.Data.Sqlite wraps), for the hot paths:
/// writing and reading millions of rows. Binding through ADO.NET parameters costs about twice as much per row.
/// Must be used on the connection's transaction like any command of that connection.
/// </summary>
internal sealed class RawStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;
    private byte[] _utf8 = new byte[512];

    public RawStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        Check(raw.sqlite3_prepare_v2(_db, sql, out _statement));
    }

    public int IndexOf(string parameter)
    {
        var index = raw.sqlite3_bind_parameter_index(_statement, parameter);
        return index > 0 ? index : throw new ArgumentException($"The statement has no parameter {parameter}.", nameof(parameter));
    }

    public void Bind(int index, string? value)
    {
        if (value is null)
        {
            raw.sqlite3_bind_null(_statement, index);
            return;
        }

        var needed = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (needed > _utf8.Length)
        {
            _utf8 = new byte[Math.Max(needed, _utf8.Length * 2)];
        }

        var length = Encoding.UTF8.GetBytes(value, _utf8);
        Check(raw.sqlite3_bind_text(_statement, index, _utf8.AsSpan(0, length)));
    }

    public void Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public void Bind(int index, long? value)
    {
        if (value is { } v)
        {
            Check(raw.sqlite3_bind_int64(_statement, index, v));
        }
        else
        {
            raw.sqlite3_bind_null(_statement, index);
        }
    }

    /// <summary>Binds a packed date, or NULL for none (0 is never a date).</summary>
    public void BindDate(int index, int packed)
    {
        if (packed == 0)
        {
            raw.sqlite3_bind_null(_statement, index);
        }
        else
        {
            Check(raw.sqlite3_bind_int64(_statement, index, packed));
        }
    }

    /// <summary>Runs a statement that returns no rows, then readies it for the next values.</summary>
    public void Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
        {
            Throw(rc);
        }
    }

    /// <summary>Moves to the next row of a query; false at the end (and the statement is reset).</summary>
    public bool Step()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc == raw.SQLITE_ROW)
        {
            return true;
        }

        raw.sqlite3_reset(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            Throw(rc);
        }

        return false;
    }

    public void Reset() => raw.sqlite3_reset(_statement);

    public bool IsNull(int column) => raw.sqlite3_column_type(_statement, column) == raw.SQLITE_NULL;

    public long Int64(int column) => raw.sqlite3_column_int64(_statement, column);

    public string Text(int column) => raw.sqlite3_column_text(_statement, column).utf8_to_string();

    public string? TextOrNull(int column) => IsNull(column) ? null : Text(column);

    /// <summary>The column's text decoded into <paramref name="buffer"/> (grown as needed), without making a string.</summary>
    public ReadOnlySpan<char> Chars(int column, ref char[] buffer)
    {
        var bytes = raw.sqlite3_column_blob(_statement, column);
        if (Encoding.UTF8.GetMaxCharCount(bytes.Length) > buffer.Length)
        {
            buffer = new char[Encoding.UTF8.GetMaxCharCount(bytes.Length)];
        }

        return buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, buffer));
    }

    public void Dispose() => _statement.Dispose();

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            Throw(rc);
        }
    }

    private void Throw(int rc) =>
        throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(_db).utf8_to_string()}'.", rc, raw.sqlite3_extended_errcode(_db));
}

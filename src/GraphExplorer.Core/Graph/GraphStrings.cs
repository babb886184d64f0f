using System.Buffers;
using System.IO.Hashing;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace GraphExplorer.Core.Graph;

/// <summary>
/// Every string of a <see cref="TalentGraph"/> by number. Those read from an image stay one UTF-8 block and are decoded
/// to a string only when first asked for (a million ids and names would otherwise be millions of objects built at every
/// start); those added later are kept as strings. Numbers never change, and a string is only ever appended, so a number
/// read under the graph's lock stays valid after it.
/// </summary>
internal sealed class GraphStrings
{
    private readonly FlatList<byte> _utf8;
    private readonly FlatList<int> _offsets;
    private readonly int _baseCount;

    // The strings decoded so far, in pages of PageSize made when one of theirs is first decoded: a whole array would be
    // 8 bytes for every string of the image (30 MB at a million people) from the first second, mostly never used.
    private readonly string?[]?[] _decoded;
    private string[] _added = new string[64];
    private int _addedCount;

    public GraphStrings()
        : this(new FlatList<byte>([], 0), new FlatList<int>([0], 1))
    {
    }

    private GraphStrings(FlatList<byte> utf8, FlatList<int> offsets)
    {
        _utf8 = utf8;
        _offsets = offsets;
        _baseCount = offsets.Count - 1;
        _decoded = new string?[]?[(_baseCount + PageSize - 1) / PageSize];
    }

    private const int PageSize = 1024;

    public int Count => _baseCount + _addedCount;

    /// <summary>String <paramref name="id"/> (of the image's block) when it has been decoded and kept, else null.</summary>
    private string? Decoded(int id) => _decoded[id / PageSize]?[id % PageSize];

    /// <summary>
    /// String <paramref name="id"/> without keeping it: for passes over every node (search, clusters), whose strings
    /// would otherwise stay cached for as long as the graph lives.
    /// </summary>
    public string Peek(int id) => id >= _baseCount ? _added[id - _baseCount] : Decoded(id) ?? Decode(id);

    /// <summary>
    /// Gets string <paramref name="id"/> as the UTF-8 it is stored in, when it is still in the image's block: a writer of
    /// JSON copies it from there instead of decoding a string per node. False for strings added since (use the indexer).
    /// </summary>
    public bool TryUtf8(int id, out ReadOnlySpan<byte> utf8)
    {
        if (id >= _baseCount)
        {
            utf8 = default;
            return false;
        }

        utf8 = _utf8.Span(_offsets[id], _offsets[id + 1] - _offsets[id]);
        return true;
    }

    public string this[int id]
    {
        get
        {
            if (id >= _baseCount)
            {
                return _added[id - _baseCount];
            }

            // Two readers may decode the same string (or make the same page) at once; both results are equal, and
            // either may stay.
            var page = _decoded[id / PageSize] ?? Interlocked.CompareExchange(ref _decoded[id / PageSize], new string?[PageSize], null) ?? _decoded[id / PageSize]!;
            return page[id % PageSize] ??= Decode(id);
        }
    }

    public int Add(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_addedCount == _added.Length)
        {
            // A new array, filled before it is published: a reader holding the old one still finds every earlier string.
            var grown = new string[_added.Length * 2];
            _added.AsSpan(0, _addedCount).CopyTo(grown);
            _added = grown;
        }

        _added[_addedCount] = text;
        return _baseCount + _addedCount++;
    }

    /// <summary>
    /// True when string <paramref name="id"/> is <paramref name="text"/>. A string still in the UTF-8 block is compared
    /// where it lies, without encoding <paramref name="text"/> or decoding the entry (and caching it) unless the entry
    /// holds non-ASCII text: a lookup runs for every fact loaded and most keys are ASCII.
    /// </summary>
    public bool Equals(int id, string text)
    {
        if (id >= _baseCount)
        {
            return string.Equals(_added[id - _baseCount], text, StringComparison.Ordinal);
        }

        if (Decoded(id) is { } decoded)
        {
            return string.Equals(decoded, text, StringComparison.Ordinal);
        }

        var utf8 = _utf8.Span(_offsets[id], _offsets[id + 1] - _offsets[id]);
        if (utf8.Length == text.Length && Ascii.Equals(utf8, text))
        {
            return true;
        }

        return !Ascii.IsValid(utf8) && DecodedEquals(utf8, text);
    }

    /// <summary>Writes every string, in number order, as one UTF-8 block and the offset where each starts.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Write(GraphImageWriter writer)
    {
        var count = Count;
        var offsets = new int[count + 1];
        long total = _utf8.Count;
        _offsets.Span(0, _offsets.Count).CopyTo(offsets);
        for (var i = 0; i < _addedCount; i++)
        {
            total += Encoding.UTF8.GetByteCount(_added[i]);
            offsets[_baseCount + i + 1] = checked((int)total);
        }

        var bytes = GC.AllocateUninitializedArray<byte>((int)total);
        _utf8.Span(0, _utf8.Count).CopyTo(bytes);
        for (var i = 0; i < _addedCount; i++)
        {
            Encoding.UTF8.GetBytes(_added[i], bytes.AsSpan(offsets[_baseCount + i]));
        }

        writer.WriteArray<int>(offsets);
        writer.WriteArray<byte>(bytes);
    }

    public static GraphStrings Read(GraphImageReader reader)
    {
        var offsets = reader.ReadList<int>();
        var utf8 = reader.ReadList<byte>();
        if (offsets.Count == 0 || offsets[0] != 0 || offsets[offsets.Count - 1] != utf8.Count)
        {
            throw new InvalidDataException("The image's strings do not match their offsets.");
        }

        for (var i = 1; i < offsets.Count; i++)
        {
            if (offsets[i] < offsets[i - 1])
            {
                throw new InvalidDataException("The image's string offsets go backwards.");
            }
        }

        return new GraphStrings(utf8, offsets);
    }

    private static bool DecodedEquals(ReadOnlySpan<byte> utf8, string text)
    {
        // UTF-8 takes at least as many bytes as UTF-16 takes chars, so a shorter entry cannot match.
        if (utf8.Length < text.Length || Encoding.UTF8.GetCharCount(utf8) != text.Length)
        {
            return false;
        }

        var buffer = ArrayPool<char>.Shared.Rent(text.Length);
        try
        {
            var chars = buffer.AsSpan(0, Encoding.UTF8.GetChars(utf8, buffer));
            return chars.SequenceEqual(text);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private string Decode(int id) => Encoding.UTF8.GetString(_utf8.Span(_offsets[id], _offsets[id + 1] - _offsets[id]));
}

/// <summary>
/// A hash table from text (a string of a <see cref="GraphStrings"/>) to a number, kept as three flat arrays so it is
/// written to an image and read back as it is, never rebuilt: open addressing, linear probing, the hash of each entry
/// stored beside it. The hash is XxHash3 of the UTF-16 chars (their bytes as they lie in memory) under a
/// seed drawn for each graph, so it is the same in every process that reads the image, input cannot be crafted to
/// collide, and a lookup hashes the .NET string as it is, without encoding it first (image layout 3; layout 2 hashed
/// UTF-8, and its images are rebuilt, not read).
/// </summary>
internal sealed class TextTable
{
    private const int Empty = -1;

    private FlatList<int> _hashes;
    private FlatList<int> _keys;
    private FlatList<int> _values;

    public TextTable(int capacity = 16)
    {
        var size = 16;
        while (size < capacity * 2)
        {
            size *= 2;
        }

        (_hashes, _keys, _values) = (Table(size, 0), Table(size, 0), Table(size, Empty));
    }

    private TextTable(FlatList<int> hashes, FlatList<int> keys, FlatList<int> values, int count)
    {
        (_hashes, _keys, _values, Count) = (hashes, keys, values, count);
    }

    public int Count { get; private set; }

    public bool TryGet(GraphStrings strings, long seed, string text, out int value)
    {
        var hash = Hash(text, seed);
        var mask = _values.Count - 1;
        for (var slot = hash & mask; _values[slot] != Empty; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && strings.Equals(_keys[slot], text))
            {
                value = _values[slot];
                return true;
            }
        }

        value = Empty;
        return false;
    }

    /// <summary>Adds text <paramref name="key"/> (a string number) with <paramref name="value"/>; the caller checked it is absent.</summary>
    public void Add(GraphStrings strings, long seed, int key, int value)
    {
        if ((Count + 1) * 4 > _values.Count * 3)
        {
            Grow();
        }

        Place(Hash(strings[key], seed), key, value);
        Count++;
    }

    /// <summary>Every entry, as (key string number, value).</summary>
    public IEnumerable<(int Key, int Value)> Entries()
    {
        for (var slot = 0; slot < _values.Count; slot++)
        {
            if (_values[slot] != Empty)
            {
                yield return (_keys[slot], _values[slot]);
            }
        }
    }

    public void Write(GraphImageWriter writer)
    {
        writer.WriteArray<long>([Count]);
        writer.WriteArray(_hashes.Span(0, _hashes.Count));
        writer.WriteArray(_keys.Span(0, _keys.Count));
        writer.WriteArray(_values.Span(0, _values.Count));
    }

    public static TextTable Read(GraphImageReader reader, int stringCount)
    {
        var count = reader.ReadArray<long>();
        var hashes = reader.ReadList<int>();
        var keys = reader.ReadList<int>();
        var values = reader.ReadList<int>();
        var size = hashes.Count;
        if (count.Length != 1 || size < 16 || (size & (size - 1)) != 0 || keys.Count != size || values.Count != size || count[0] < 0 || count[0] * 4 > size * 3)
        {
            throw new InvalidDataException("The image holds a lookup table of an impossible shape.");
        }

        // Keys are checked once here (a sequential scan), so a lookup never indexes past the strings.
        foreach (var key in keys.Span(0, size))
        {
            if ((uint)key >= (uint)stringCount && key != 0)
            {
                throw new InvalidDataException("The image holds a lookup table naming a string it does not have.");
            }
        }

        return new TextTable(hashes, keys, values, (int)count[0]);
    }

    private static FlatList<int> Table(int size, int fill)
    {
        var slots = new int[size];
        Array.Fill(slots, fill);
        return new FlatList<int>(slots, size);
    }

    // The chars' bytes in memory order, like every array of the image (written as it lies in memory), so the stored
    // hashes hold on any machine that can read the image at all.
    private static int Hash(string text, long seed) => (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(text.AsSpan()), seed) & int.MaxValue;

    private void Place(int hash, int key, int value)
    {
        var mask = _values.Count - 1;
        var slot = hash & mask;
        while (_values[slot] != Empty)
        {
            slot = (slot + 1) & mask;
        }

        (_hashes[slot], _keys[slot], _values[slot]) = (hash, key, value);
    }

    private void Grow()
    {
        var (hashes, keys, values) = (_hashes, _keys, _values);
        var size = values.Count * 2;
        (_hashes, _keys, _values) = (Table(size, 0), Table(size, 0), Table(size, Empty));
        for (var slot = 0; slot < values.Count; slot++)
        {
            if (values[slot] != Empty)
            {
                Place(hashes[slot], keys[slot], values[slot]);
            }
        }
    }
}

/// <summary>
/// A growable array of plain values, written to an image and read back whole: either a managed array or, read from a
/// mapped image, the memory where the image lies (see <see cref="GraphImageReader"/>), until it first grows and moves to
/// an array. A mutable struct: kept in fields and never copied.
/// </summary>
internal unsafe struct FlatList<T>
    where T : unmanaged
{
    private T[]? _items;
    private T* _mapped;

    public FlatList(T[] items, int count) => (_items, Count) = (items, count);

    public FlatList(T* mapped, int count)
    {
        _mapped = mapped;
        Count = count;
    }

    public int Count { get; private set; }

    public readonly int Capacity => _items?.Length ?? Count;

    public readonly ref T this[int index]
    {
        get
        {
            if (_items is { } items)
            {
                return ref items[index];
            }

            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual((uint)index, (uint)Count, nameof(index));
            return ref _mapped[index];
        }
    }

    public readonly ReadOnlySpan<T> Span(int start, int length) => Writable(start, length);

    public readonly Span<T> Writable(int start, int length) =>
        _items is { } items ? items.AsSpan(start, length) : new Span<T>(_mapped, Count).Slice(start, length);

    public int Add(T item)
    {
        Reserve(1);
        _items![Count] = item;
        return Count++;
    }

    /// <summary>Makes room for <paramref name="more"/> items at the end; returns where they start.</summary>
    public int Reserve(int more)
    {
        if (more > 0 && (_items is null || Count + more > _items.Length))
        {
            var grown = new T[Math.Max(Count + more, Math.Max(16, Capacity * 2))];
            Span(0, Count).CopyTo(grown);
            _items = grown;
            _mapped = null;
        }

        return Count;
    }

    public void Extend(int more) => Count += more;
}

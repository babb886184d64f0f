using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// The ordering half of "who followed whom" (docs/QUERIES.md): given two stays at the same lab, who arrived first, or
/// whether they moved together, and the lag in months.
/// </summary>
internal static class FollowRules
{
    /// <summary>
    /// Orders two arrivals at one lab. A founder with a dated founding arrives before anyone who joins; otherwise dated arrivals are compared at
    /// the precision known (indistinguishable ones moved together). Two founders that the dates do not order founded it
    /// together. Two undated arrivals moved together only when one article reports both (<paramref name="sameReport"/>);
    /// a dated and an undated arrival are left unrelated rather than guessed. A follow whose lag is known must be
    /// within <paramref name="windowMonths"/>.
    /// </summary>
    public static bool TryOrder(in Spell a, in Spell b, int windowMonths, bool sameReport, out FollowKind kind, out bool aLeads, out int? lag)
    {
        kind = FollowKind.Followed;
        aLeads = false;
        lag = null;
        var bothDated = a.Start != 0 && b.Start != 0;

        // A founding without a date bounds nothing: years may separate it from a dated arrival, so the founder is then
        // just another undated arrival (moved together with one reported by the same article, else unrelated).
        if (a.Founded != b.Founded && (a.Founded ? a.Start : b.Start) != 0)
        {
            aLeads = a.Founded;
            if (bothDated)
            {
                // A founder who recruited before the founding date still came first (lag 0), within the window either way.
                var signed = aLeads ? Months(a.Start, b.Start) : Months(b.Start, a.Start);
                if (Math.Abs(signed) > windowMonths)
                {
                    return false;
                }

                lag = Math.Max(0, signed);
            }

            return true;
        }

        if (bothDated)
        {
            var da = SpellBuilder.D(a.Start);
            var db = SpellBuilder.D(b.Start);
            if (da.IsBefore(db) || db.IsBefore(da))
            {
                aLeads = da.IsBefore(db);
                lag = aLeads ? Months(a.Start, b.Start) : Months(b.Start, a.Start);
                return lag <= windowMonths;
            }

            kind = FollowKind.Together;
            lag = Math.Abs(Months(a.Start, b.Start));
            return true;
        }

        if ((a.Founded && b.Founded) || (a.Start == 0 && b.Start == 0 && sameReport))
        {
            kind = FollowKind.Together;
            return true;
        }

        return false;
    }

    /// <summary>
    /// True when A's stay <paramref name="ax"/> and B's stay <paramref name="bx"/> at some lab X make them colleagues
    /// before their arrivals <paramref name="ay"/> and <paramref name="by"/> at another lab: each had begun at X by then
    /// (<see cref="SpellBuilder.Precedes"/>), and their stays at X overlapped (as far as the dates tell) or both left X.
    /// </summary>
    public static bool SharedBefore(ReadOnlySpan<Spell> a, int ax, int ay, ReadOnlySpan<Spell> b, int bx, int by) =>
        a[ax].Lab == b[bx].Lab && a[ax].Lab != a[ay].Lab
        && SpellBuilder.Precedes(a, ax, ay) && SpellBuilder.Precedes(b, bx, by)
        && Colleagues(a[ax], b[bx]);

    /// <summary>The same test with each career's <see cref="SpellBuilder.PrecedesMasks"/> worked out beforehand.</summary>
    public static bool SharedBefore(ReadOnlySpan<Spell> a, ReadOnlySpan<ulong> aMasks, int ax, int ay, ReadOnlySpan<Spell> b, ReadOnlySpan<ulong> bMasks, int bx, int by) =>
        a[ax].Lab == b[bx].Lab && a[ax].Lab != a[ay].Lab
        && Precedes(a, aMasks, ax, ay) && Precedes(b, bMasks, bx, by)
        && Colleagues(a[ax], b[bx]);

    private static bool Precedes(ReadOnlySpan<Spell> career, ReadOnlySpan<ulong> masks, int x, int y) =>
        x < 64 && y < 64 ? (masks[y] & (1UL << x)) != 0 : SpellBuilder.Precedes(career, x, y);

    private static bool Colleagues(in Spell ax, in Spell bx) => SpellBuilder.Overlap(ax, bx) || (ax.Left && bx.Left);

    private static int Months(int from, int to) => SpellBuilder.D(from).MonthsUntil(SpellBuilder.D(to));
}

/// <summary>
/// Finds who followed whom: B followed A to lab Y when they were colleagues at some lab X beforehand (overlapping stays,
/// or both left X) and A arrived at Y first (a founder first of all), within the window; arrivals that cannot be
/// ordered are moves together. The search runs on the shared per-revision tables (everyone's stays, each lab's
/// arrivals in date order), so a person's candidates are only those who arrived at one of their labs near their own
/// arrival and were at one of their earlier labs; careers with their evidence are built only for people in a link.
/// Not thread-safe (it caches careers): one detector per query.
/// </summary>
internal sealed class FollowerDetector(GraphIndex index, SpellTable table, ArrivalIndex arrivals)
{
    private readonly TalentGraph _graph = index.Graph;
    private readonly Dictionary<int, Career> _careers = [];
    private readonly SpellBuilder _builder = new();
    private readonly Dictionary<string, HashSet<string>> _arrivalSources = new(StringComparer.Ordinal);

    // A person's own stays are evidence in every one of their links: ids, sources and entities are made once per query.
    private readonly Dictionary<int, Entity> _entities = [];
    private readonly Dictionary<int, (string Id, IReadOnlyList<string> Sources)> _edges = [];

    public PersonFollowers ForPerson(int person, FollowerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var window = options.WindowMonths;
        var mine = table.OfPerson(person);
        var candidates = new HashSet<int>();
        var priorLabs = new List<int>();
        for (var y = 0; y < mine.Length; y++)
        {
            PriorLabs(mine, y, priorLabs);
            if (priorLabs.Count == 0)
            {
                continue;
            }

            var lab = mine[y].Lab;
            if (mine[y].Start != 0)
            {
                // Follows are at most window months apart (first day to first day); moves together cannot be told apart,
                // which a year's precision stretches to eleven months either way.
                var (from, to) = arrivals.DatedRange(lab, mine[y].Start, Math.Max(window, 12), window);
                var wanted = 0UL;
                foreach (var prior in priorLabs)
                {
                    wanted |= ArrivalIndex.Signature(prior);
                }

                for (var position = from; position < to; position++)
                {
                    // Most arrivals at a big lab were never at any of this person's earlier labs: the signature says so
                    // without touching their stays.
                    if ((arrivals.LabsAt(position) & wanted) != 0)
                    {
                        ConsiderOwner(arrivals.OwnerAt(position), person, priorLabs, candidates);
                    }
                }
            }
            else if (mine[y].Founded)
            {
                Consider(arrivals.Dated(lab), person, priorLabs, candidates);
            }

            if (mine[y].Start == 0 || mine[y].Founded)
            {
                Consider(arrivals.Undated(lab), person, priorLabs, candidates);
            }

            Consider(arrivals.Founders(lab), person, priorLabs, candidates);
        }

        var links = new LinkMap();
        var myMasks = table.MasksOf(table.OrdinalOf[person]);
        var ordered = candidates.ToArray();
        Array.Sort(ordered);
        foreach (var candidate in ordered)
        {
            var theirs = table.OfPerson(candidate);
            var theirMasks = table.MasksOf(table.OrdinalOf[candidate]);
            for (var i = 0; i < mine.Length; i++)
            {
                for (var j = 0; j < theirs.Length; j++)
                {
                    if (mine[i].Lab == theirs[j].Lab)
                    {
                        TryRelate(person, mine, myMasks, i, candidate, theirs, theirMasks, j, window, links);
                    }
                }
            }
        }

        // Ordered and cut on what the drafts already hold, so only the links returned are made (ids, sources, entities).
        var followed = links.Drafts.Where(d => d.Kind == FollowKind.Followed && d.Follower.Person == person).ToList();
        var followers = links.Drafts.Where(d => d.Kind == FollowKind.Followed && d.Leader.Person == person).ToList();
        var together = links.Drafts.Where(d => d.Kind == FollowKind.Together).ToList();
        return new PersonFollowers(
            EntityOf(person),
            options.WindowMonths,
            Take(followed, d => d.Leader.Person, options.Limit),
            Take(followers, d => d.Follower.Person, options.Limit),
            Take(together, d => d.Leader.Person == person ? d.Follower.Person : d.Leader.Person, options.Limit),
            followed.Count,
            followers.Count,
            together.Count);
    }

    public LabWaves ForLab(int lab, FollowerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);

        // Arrivals grouped by each lab their person had been at before; dated ones keep their date order.
        var groups = new SortedDictionary<int, List<Entry>>();
        var priorLabs = new List<int>();
        foreach (var spells in new[] { arrivals.Dated(lab).ToArray(), arrivals.Undated(lab).ToArray() })
        {
            foreach (var g in spells)
            {
                var owner = table.Owner[g];
                var career = table.Of(owner);
                var y = g - table.Offsets[owner];
                PriorLabs(career, y, priorLabs);
                foreach (var prior in priorLabs)
                {
                    if (!groups.TryGetValue(prior, out var group))
                    {
                        groups[prior] = group = [];
                    }

                    group.Add(new Entry(table.PersonNodes[owner], y, career[y].Start, career[y].Founded));
                }
            }
        }

        var links = new LinkMap();
        var capped = false;
        foreach (var group in groups.Values)
        {
            if (!RelateGroup(group, options.WindowMonths, links))
            {
                capped = true;
                break;
            }
        }

        return new LabWaves(_graph.GetEntity(lab), options.WindowMonths, arrivals.Count(lab), BuildWaves(links), capped);
    }

    /// <summary>The distinct labs of the person's stays that may have begun before stay <paramref name="y"/> (other than its own lab).</summary>
    private static void PriorLabs(ReadOnlySpan<Spell> career, int y, List<int> into)
    {
        into.Clear();
        for (var x = 0; x < career.Length; x++)
        {
            if (career[x].Lab != career[y].Lab && !into.Contains(career[x].Lab) && SpellBuilder.Precedes(career, x, y))
            {
                into.Add(career[x].Lab);
            }
        }
    }

    /// <summary>Adds the owners of <paramref name="spells"/> who were at one of <paramref name="priorLabs"/> too.</summary>
    private void Consider(ReadOnlySpan<int> spells, int person, List<int> priorLabs, HashSet<int> into)
    {
        foreach (var g in spells)
        {
            ConsiderOwner(table.Owner[g], person, priorLabs, into);
        }
    }

    private void ConsiderOwner(int owner, int person, List<int> priorLabs, HashSet<int> into)
    {
        var candidate = table.PersonNodes[owner];
        if (candidate == person || into.Contains(candidate))
        {
            return;
        }

        // Their own few stays say whether they were ever at one of the labs; cheaper than searching a lab's staff.
        foreach (var stay in table.Of(owner))
        {
            if (priorLabs.Contains(stay.Lab))
            {
                into.Add(candidate);
                return;
            }
        }
    }

    /// <summary>Tries the pairs of a group of arrivals that share a prior lab; false once the link cap is reached.</summary>
    private bool RelateGroup(List<Entry> group, int window, LinkMap links)
    {
        var dated = group.Where(e => e.Start != 0).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                // Packed order is first-day order; a year's precision can hide up to 11 more months, hence the slack.
                if (SpellBuilder.D(dated[i].Start).MonthsUntil(SpellBuilder.D(dated[j].Start)) > window + 12)
                {
                    break;
                }

                if (!TryPair(dated[i], dated[j], window, links))
                {
                    return false;
                }
            }
        }

        foreach (var founder in group.Where(e => e.Founded))
        {
            foreach (var other in group)
            {
                if (!TryPair(founder, other, window, links))
                {
                    return false;
                }
            }
        }

        // Undated arrivals relate only through a shared report, so only pairs cited by one article are tried.
        var byReport = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var entry in group.Where(e => e.Start == 0))
        {
            var career = CareerOf(entry.Person);
            foreach (var source in ArrivalSourcesOf(career, entry.Spell))
            {
                if (!byReport.TryGetValue(source, out var list))
                {
                    byReport[source] = list = [];
                }

                list.Add(entry);
            }
        }

        foreach (var list in byReport.Values)
        {
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (!TryPair(list[i], list[j], window, links))
                    {
                        return false;
                    }
                }
            }
        }

        return true;
    }

    private bool TryPair(Entry a, Entry b, int window, LinkMap links)
    {
        if (a.Person != b.Person)
        {
            var (oa, ob) = (table.OrdinalOf[a.Person], table.OrdinalOf[b.Person]);
            TryRelate(a.Person, table.Of(oa), table.MasksOf(oa), a.Spell, b.Person, table.Of(ob), table.MasksOf(ob), b.Spell, window, links);
        }

        return links.Count < FollowerOptions.MaxLinksPerLab;
    }

    /// <summary>Relates person <paramref name="a"/>'s stay <paramref name="ay"/> and <paramref name="b"/>'s stay <paramref name="by"/> at one lab, if the rules do.</summary>
    private void TryRelate(int a, ReadOnlySpan<Spell> sa, ReadOnlySpan<ulong> aMasks, int ay, int b, ReadOnlySpan<Spell> sb, ReadOnlySpan<ulong> bMasks, int by, int window, LinkMap links)
    {
        List<(int A, int B)>? via = null;
        for (var i = 0; i < sa.Length; i++)
        {
            for (var j = 0; j < sb.Length; j++)
            {
                if (FollowRules.SharedBefore(sa, aMasks, i, ay, sb, bMasks, j, by))
                {
                    (via ??= []).Add((i, j));
                }
            }
        }

        if (via is null)
        {
            return;
        }

        var sameReport = sa[ay].Start == 0 && sb[by].Start == 0 && !(sa[ay].Founded && sb[by].Founded)
            && ArrivalSourcesOf(CareerOf(a), ay).Overlaps(ArrivalSourcesOf(CareerOf(b), by));
        if (!FollowRules.TryOrder(sa[ay], sb[by], window, sameReport, out var kind, out var aLeads, out var lag))
        {
            return;
        }

        if (kind == FollowKind.Together)
        {
            // Together has no leader: keep the pair in id order so each pair is one link.
            aLeads = string.CompareOrdinal(_graph.PeekId(a), _graph.PeekId(b)) < 0;
        }

        var draft = aLeads
            ? new LinkDraft(kind, CareerOf(a), ay, CareerOf(b), by, lag, via)
            : new LinkDraft(kind, CareerOf(b), by, CareerOf(a), ay, lag, via.Select(v => (v.B, v.A)).ToList());
        links.Add(draft);
    }

    private List<Wave> BuildWaves(LinkMap links)
    {
        var parent = new Dictionary<int, int>();
        int Find(int x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                parent[x] = parent.TryGetValue(p, out var gp) ? gp : p;
                x = p;
            }

            return x;
        }

        foreach (var draft in links.Drafts)
        {
            parent.TryAdd(draft.Leader.Person, draft.Leader.Person);
            parent.TryAdd(draft.Follower.Person, draft.Follower.Person);
            var (l, f) = (Find(draft.Leader.Person), Find(draft.Follower.Person));
            if (l != f)
            {
                parent[Math.Max(l, f)] = Math.Min(l, f);
            }
        }

        var waves = new List<(PartialDate? From, Wave Wave)>();
        foreach (var component in links.Drafts.GroupBy(d => Find(d.Leader.Person)))
        {
            var drafts = component.ToList();
            var arrivalOf = new Dictionary<int, (Career Career, Spell Spell)>();
            foreach (var draft in drafts)
            {
                arrivalOf.TryAdd(draft.Leader.Person, (draft.Leader, draft.Leader.Spells[draft.LeaderSpell]));
                arrivalOf.TryAdd(draft.Follower.Person, (draft.Follower, draft.Follower.Spells[draft.FollowerSpell]));
            }

            var arrivals = arrivalOf.Values
                .Select(a => new WaveArrival(EntityOf(a.Career.Person), a.Spell.StartDate, a.Spell.Founded))
                .OrderByDescending(a => a.Founder)
                .ThenBy(a => a.Date is null)
                .ThenBy(a => a.Date)
                .ThenBy(a => a.Person.Name, StringComparer.Ordinal)
                .ToList();
            var dates = arrivals.Where(a => a.Date is not null).Select(a => a.Date!.Value).ToList();
            var kind = drafts.All(d => d.Kind == FollowKind.Together) ? WaveKind.Together : WaveKind.Chain;
            var linkList = drafts.Select(Materialize)
                .OrderBy(l => l.FollowerArrival is null)
                .ThenBy(l => l.FollowerArrival)
                .ThenBy(l => l.Leader.Name, StringComparer.Ordinal)
                .ThenBy(l => l.Follower.Name, StringComparer.Ordinal)
                .ToList();
            var from = dates.Count == 0 ? (PartialDate?)null : dates.Min();
            waves.Add((from, new Wave(0, kind, from, dates.Count == 0 ? null : dates.Max(), arrivals, linkList)));
        }

        return waves
            .OrderBy(w => w.From is null)
            .ThenBy(w => w.From)
            .ThenBy(w => w.Wave.Arrivals[0].Person.Id, StringComparer.Ordinal)
            .Select((w, i) => w.Wave with { Number = i + 1 })
            .ToList();
    }

    private FollowLink Materialize(LinkDraft draft)
    {
        var leaderSpell = draft.Leader.Spells[draft.LeaderSpell];
        var followerSpell = draft.Follower.Spells[draft.FollowerSpell];
        var edges = new List<int>();
        AddEvidence(edges, draft.Leader, draft.LeaderSpell);
        AddEvidence(edges, draft.Follower, draft.FollowerSpell);
        foreach (var (l, f) in draft.Via)
        {
            AddEvidence(edges, draft.Leader, l);
            AddEvidence(edges, draft.Follower, f);
        }

        edges.Sort();
        var sources = new List<string>();
        var ids = new List<string>(edges.Count);
        for (var i = 0; i < edges.Count; i++)
        {
            if (i > 0 && edges[i] == edges[i - 1])
            {
                continue;
            }

            var (id, edgeSources) = EdgeOf(edges[i]);
            ids.Add(id);
            sources.AddRange(edgeSources);
        }

        sources.Sort(StringComparer.Ordinal);

        var via = draft.Via.Select(v => draft.Leader.Spells[v.Leader].Lab).Distinct()
            .Select(EntityOf)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new FollowLink(
            draft.Kind,
            EntityOf(draft.Leader.Person),
            EntityOf(draft.Follower.Person),
            EntityOf(leaderSpell.Lab),
            leaderSpell.StartDate,
            followerSpell.StartDate,
            leaderSpell.Founded,
            draft.Lag,
            via,
            ids,
            sources.Distinct(StringComparer.Ordinal).ToList());
    }

    private Entity EntityOf(int node)
    {
        if (!_entities.TryGetValue(node, out var entity))
        {
            _entities[node] = entity = _graph.GetEntity(node);
        }

        return entity;
    }

    private (string Id, IReadOnlyList<string> Sources) EdgeOf(int edge)
    {
        if (!_edges.TryGetValue(edge, out var known))
        {
            var view = _graph.EdgeAt(edge);
            _edges[edge] = known = (view.Id, view.Sources);
        }

        return known;
    }

    /// <summary>The first <paramref name="limit"/> links by lab name, then the follower's arrival (undated last), then the other person's name.</summary>
    private List<FollowLink> Take(List<LinkDraft> drafts, Func<LinkDraft, int> other, int limit) =>
        drafts.OrderBy(d => _graph.NameOf(d.Leader.Spells[d.LeaderSpell].Lab), StringComparer.Ordinal)
            .ThenBy(d => d.Follower.Spells[d.FollowerSpell].Start == 0)
            .ThenBy(d => d.Follower.Spells[d.FollowerSpell].Start)
            .ThenBy(d => _graph.NameOf(other(d)), StringComparer.Ordinal)
            .ThenBy(d => _graph.PeekId(other(d)), StringComparer.Ordinal)
            .Take(limit)
            .Select(Materialize)
            .ToList();

    private static void AddEvidence(List<int> edges, Career career, int spell)
    {
        foreach (var edge in career.EvidenceOf(spell))
        {
            edges.Add(edge);
        }
    }

    /// <summary>
    /// The articles that report the arrival itself (the move into the lab, or its founding), not merely the stay: two
    /// undated arrivals reported by one article are one reported move.
    /// </summary>
    private HashSet<string> ArrivalSourcesOf(Career career, int stay)
    {
        var evidence = career.EvidenceOf(stay);
        var spell = career.Spells[stay];
        var key = string.Join(',', evidence.ToArray());
        if (!_arrivalSources.TryGetValue(key, out var sources))
        {
            sources = new HashSet<string>(StringComparer.Ordinal);
            foreach (var e in evidence)
            {
                var edge = _graph.EdgeAt(e);
                if (edge.Lab == spell.Lab && edge.Type is EdgeType.LeftFor or EdgeType.Founded)
                {
                    sources.UnionWith(edge.Sources);
                }
            }

            _arrivalSources[key] = sources;
        }

        return sources;
    }

    private Career CareerOf(int person)
    {
        if (!_careers.TryGetValue(person, out var career))
        {
            // Worked out again from the person's own edges, with the edges behind each stay: the stays table keeps no
            // evidence, which only the few people in a link need (at a million people it was 20 MB kept for them).
            _careers[person] = career = Career.Of(_graph, person, _builder);
        }

        return career;
    }

    /// <summary>An arrival at the lab being examined: the person, the index of that stay in their career, its start and whether they founded it.</summary>
    private readonly record struct Entry(int Person, int Spell, int Start, bool Founded);

    private sealed record LinkDraft(FollowKind Kind, Career Leader, int LeaderSpell, Career Follower, int FollowerSpell, int? Lag, List<(int Leader, int Follower)> Via);

    /// <summary>One link per (leader, follower, lab, kind): the one with the shortest known lag wins.</summary>
    private sealed class LinkMap
    {
        private readonly Dictionary<(int Leader, int Follower, int Lab, FollowKind Kind), LinkDraft> _drafts = [];

        public int Count => _drafts.Count;

        public IEnumerable<LinkDraft> Drafts => _drafts.Values;

        public void Add(LinkDraft draft)
        {
            var key = (draft.Leader.Person, draft.Follower.Person, draft.Leader.Spells[draft.LeaderSpell].Lab, draft.Kind);
            if (!_drafts.TryGetValue(key, out var current) || Better(draft, current))
            {
                _drafts[key] = draft;
            }
        }

        private static bool Better(LinkDraft candidate, LinkDraft current) =>
            candidate.Lag is { } lag && (current.Lag is not { } currentLag || lag < currentLag);
    }
}

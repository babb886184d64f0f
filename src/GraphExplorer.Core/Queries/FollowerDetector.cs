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
    /// Orders two arrivals at one lab. A founder arrives before anyone who joins; otherwise dated arrivals are compared at
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
        if (a.Founded != b.Founded)
        {
            aLeads = a.Founded;
            if (bothDated)
            {
                // A founder who recruited before the founding date still came first; the lag cannot be negative.
                lag = Math.Max(0, aLeads ? Months(a.Start, b.Start) : Months(b.Start, a.Start));
            }

            return lag is null || lag <= windowMonths;
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
        && (SpellBuilder.Overlap(a[ax], b[bx]) || (a[ax].Left && b[bx].Left));

    private static int Months(int from, int to) => SpellBuilder.D(from).MonthsUntil(SpellBuilder.D(to));
}

/// <summary>
/// Finds who followed whom: B followed A to lab Y when they were colleagues at some lab X beforehand (overlapping stays,
/// or both left X) and A arrived at Y first (a founder first of all), within the window; arrivals that cannot be
/// ordered are moves together. Not thread-safe (it caches careers): one detector per query.
/// </summary>
internal sealed class FollowerDetector(GraphIndex index)
{
    private readonly TalentGraph _graph = index.Graph;
    private readonly SpellBuilder _builder = new();
    private readonly Dictionary<int, Career> _careers = [];
    private readonly Dictionary<string, HashSet<string>> _arrivalSources = new(StringComparer.Ordinal);

    public PersonFollowers ForPerson(int person, FollowerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var me = CareerOf(person);
        var labs = me.Spells.Select(s => s.Lab).Distinct().ToList();
        var candidates = new SortedSet<int>();
        foreach (var y in labs)
        {
            foreach (var x in labs)
            {
                if (x != y)
                {
                    Intersect(index.MembersOf(x), index.MembersOf(y), candidates);
                }
            }
        }

        candidates.Remove(person);
        var links = new LinkMap();
        foreach (var candidate in candidates)
        {
            var other = CareerOf(candidate);
            for (var i = 0; i < me.Spells.Length; i++)
            {
                for (var j = 0; j < other.Spells.Length; j++)
                {
                    if (me.Spells[i].Lab == other.Spells[j].Lab)
                    {
                        TryRelate(me, i, other, j, options.WindowMonths, links);
                    }
                }
            }
        }

        var all = links.Drafts.Select(Materialize).ToList();
        var entity = _graph.GetEntity(person);
        return new PersonFollowers(
            entity,
            options.WindowMonths,
            Order(all.Where(l => l.Kind == FollowKind.Followed && l.Follower.Id == entity.Id), l => l.Leader),
            Order(all.Where(l => l.Kind == FollowKind.Followed && l.Leader.Id == entity.Id), l => l.Follower),
            Order(all.Where(l => l.Kind == FollowKind.Together), l => l.Leader.Id == entity.Id ? l.Follower : l.Leader));
    }

    public LabWaves ForLab(int lab, FollowerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var arrivals = new List<Entry>();
        var groups = new SortedDictionary<int, List<Entry>>();
        foreach (var member in index.MembersOf(lab))
        {
            var career = CareerOf(member);
            for (var y = 0; y < career.Spells.Length; y++)
            {
                if (career.Spells[y].Lab != lab)
                {
                    continue;
                }

                var entry = new Entry(career, y);
                arrivals.Add(entry);
                var priors = new HashSet<int>();
                for (var x = 0; x < career.Spells.Length; x++)
                {
                    var prior = career.Spells[x].Lab;
                    if (prior != lab && SpellBuilder.Precedes(career.Spells, x, y) && priors.Add(prior))
                    {
                        if (!groups.TryGetValue(prior, out var group))
                        {
                            groups[prior] = group = [];
                        }

                        group.Add(entry);
                    }
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

        return new LabWaves(_graph.GetEntity(lab), options.WindowMonths, arrivals.Count, BuildWaves(links), capped);
    }

    /// <summary>Tries the pairs of a group of arrivals that share a prior lab; false once the link cap is reached.</summary>
    private bool RelateGroup(List<Entry> group, int window, LinkMap links)
    {
        var dated = group.Where(e => e.Spell.Start != 0).OrderBy(e => e.Spell.Start).ThenBy(e => e.Career.Person).ToList();
        for (var i = 0; i < dated.Count; i++)
        {
            for (var j = i + 1; j < dated.Count; j++)
            {
                // Packed order is first-day order; a year's precision can hide up to 11 more months, hence the slack.
                if (SpellBuilder.D(dated[i].Spell.Start).MonthsUntil(SpellBuilder.D(dated[j].Spell.Start)) > window + 12)
                {
                    break;
                }

                if (!TryPair(dated[i], dated[j], window, links))
                {
                    return false;
                }
            }
        }

        foreach (var founder in group.Where(e => e.Spell.Founded))
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
        foreach (var entry in group.Where(e => e.Spell.Start == 0))
        {
            foreach (var source in ArrivalSourcesOf(entry.Career, entry.Spell))
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
        if (a.Career.Person != b.Career.Person)
        {
            TryRelate(a.Career, a.SpellIndex, b.Career, b.SpellIndex, window, links);
        }

        return links.Count < FollowerOptions.MaxLinksPerLab;
    }

    private void TryRelate(Career a, int ay, Career b, int by, int window, LinkMap links)
    {
        ref readonly var sa = ref a.Spells[ay];
        ref readonly var sb = ref b.Spells[by];
        List<(int A, int B)>? via = null;
        for (var i = 0; i < a.Spells.Length; i++)
        {
            for (var j = 0; j < b.Spells.Length; j++)
            {
                if (FollowRules.SharedBefore(a.Spells, i, ay, b.Spells, j, by))
                {
                    (via ??= []).Add((i, j));
                }
            }
        }

        if (via is null)
        {
            return;
        }

        var sameReport = sa.Start == 0 && sb.Start == 0 && ArrivalSourcesOf(a, sa).Overlaps(ArrivalSourcesOf(b, sb));
        if (!FollowRules.TryOrder(sa, sb, window, sameReport, out var kind, out var aLeads, out var lag))
        {
            return;
        }

        if (kind == FollowKind.Together)
        {
            // Together has no leader: keep the pair in id order so each pair is one link.
            aLeads = string.CompareOrdinal(_graph.IdOf(a.Person), _graph.IdOf(b.Person)) < 0;
        }

        var draft = aLeads
            ? new LinkDraft(kind, a, ay, b, by, lag, via)
            : new LinkDraft(kind, b, by, a, ay, lag, via.Select(v => (v.B, v.A)).ToList());
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
                .Select(a => new WaveArrival(_graph.GetEntity(a.Career.Person), a.Spell.StartDate, a.Spell.Founded))
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
        var edges = new SortedSet<int>();
        AddEvidence(edges, draft.Leader, leaderSpell);
        AddEvidence(edges, draft.Follower, followerSpell);
        foreach (var (l, f) in draft.Via)
        {
            AddEvidence(edges, draft.Leader, draft.Leader.Spells[l]);
            AddEvidence(edges, draft.Follower, draft.Follower.Spells[f]);
        }

        var sources = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            sources.UnionWith(_graph.EdgeAt(edge).Sources);
        }

        var via = draft.Via.Select(v => draft.Leader.Spells[v.Leader].Lab).Distinct()
            .Select(_graph.GetEntity)
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .ToList();
        return new FollowLink(
            draft.Kind,
            _graph.GetEntity(draft.Leader.Person),
            _graph.GetEntity(draft.Follower.Person),
            _graph.GetEntity(leaderSpell.Lab),
            leaderSpell.StartDate,
            followerSpell.StartDate,
            leaderSpell.Founded,
            draft.Lag,
            via,
            edges.Select(e => _graph.EdgeAt(e).Id).ToList(),
            [.. sources]);
    }

    private static List<FollowLink> Order(IEnumerable<FollowLink> links, Func<FollowLink, Entity> other) =>
        links.OrderBy(l => l.Lab.Name, StringComparer.Ordinal)
            .ThenBy(l => l.FollowerArrival is null)
            .ThenBy(l => l.FollowerArrival)
            .ThenBy(l => other(l).Name, StringComparer.Ordinal)
            .ToList();

    private static void AddEvidence(SortedSet<int> edges, Career career, in Spell spell)
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
    private HashSet<string> ArrivalSourcesOf(Career career, in Spell spell)
    {
        var evidence = career.EvidenceOf(spell);
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
            _careers[person] = career = Career.Of(_graph, person, _builder);
        }

        return career;
    }

    /// <summary>Adds to <paramref name="into"/> the people in both sorted lists.</summary>
    private static void Intersect(ReadOnlySpan<int> a, ReadOnlySpan<int> b, SortedSet<int> into)
    {
        if (a.Length > b.Length)
        {
            var swap = a;
            a = b;
            b = swap;
        }

        // A tiny lab against a huge one: look each up rather than walk the huge list.
        if (a.Length * 32 < b.Length)
        {
            foreach (var person in a)
            {
                if (b.BinarySearch(person) >= 0)
                {
                    into.Add(person);
                }
            }

            return;
        }

        for (int i = 0, j = 0; i < a.Length && j < b.Length;)
        {
            if (a[i] < b[j])
            {
                i++;
            }
            else if (a[i] > b[j])
            {
                j++;
            }
            else
            {
                into.Add(a[i]);
                i++;
                j++;
            }
        }
    }

    private readonly record struct Entry(Career Career, int SpellIndex)
    {
        public Spell Spell => Career.Spells[SpellIndex];
    }

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

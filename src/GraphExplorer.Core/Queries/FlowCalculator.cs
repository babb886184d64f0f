using GraphExplorer.Core.Graph;
using GraphExplorer.Core.Model;

namespace GraphExplorer.Core.Queries;

/// <summary>
/// Lab-to-lab talent flows: every LEFT_FOR edge is one move from the lab left to the lab joined. A window keeps the
/// moves whose date may fall in it (<see cref="AsOf.InWindow"/>); undated moves are counted only when no window is
/// asked for, and reported apart otherwise. Retention comes from the stays (<see cref="SpellTable"/>) that began in the
/// window, counting only those whose dates tell whether the person was still there N months on.
/// </summary>
internal static class FlowCalculator
{
    public static FlowResult Compute(TalentGraph graph, SpellTable spells, FlowQuery query, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(spells);
        ArgumentNullException.ThrowIfNull(query);
        var windowed = query.Since is not null || query.Until is not null;
        var pairs = new Dictionary<long, List<int>>();
        var totals = new Dictionary<int, (int In, int Out)>();
        int moves = 0, undated = 0;
        for (var e = 0; e < graph.EdgeCount; e++)
        {
            if ((e & 0xFFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var edge = graph.EdgeAt(e);
            if (edge.Type != EdgeType.LeftFor)
            {
                continue;
            }

            var date = edge.Date;
            if (windowed && date is null)
            {
                undated++;
                continue;
            }

            if (date is { } d && !AsOf.InWindow(d, query.Since, query.Until))
            {
                continue;
            }

            moves++;
            var key = ((long)edge.FromLab << 32) | (uint)edge.Lab;
            if (!pairs.TryGetValue(key, out var people))
            {
                pairs[key] = people = [];
            }

            people.Add(edge.Person);
            totals[edge.FromLab] = totals.TryGetValue(edge.FromLab, out var from) ? (from.In, from.Out + 1) : (0, 1);
            totals[edge.Lab] = totals.TryGetValue(edge.Lab, out var to) ? (to.In + 1, to.Out) : (1, 0);
        }

        var retention = MeasureRetention(spells, query, today);
        var entities = new Dictionary<int, Entity>();
        Entity EntityOf(int node)
        {
            if (!entities.TryGetValue(node, out var entity))
            {
                entities[node] = entity = graph.GetEntity(node);
            }

            return entity;
        }

        var pairList = new List<FlowPair>(pairs.Count);
        foreach (var (key, people) in pairs)
        {
            var from = (int)(key >> 32);
            var to = (int)(key & 0xFFFFFFFF);
            var reverse = pairs.TryGetValue(((long)to << 32) | (uint)from, out var back) ? back.Count : 0;
            var distinct = people.Distinct().Select(graph.IdOf).Order(StringComparer.Ordinal).ToList();
            pairList.Add(new FlowPair(EntityOf(from), EntityOf(to), people.Count, distinct, people.Count - reverse, (double)people.Count / (people.Count + reverse)));
        }

        pairList.Sort(static (a, b) =>
        {
            var count = b.Count.CompareTo(a.Count);
            if (count != 0)
            {
                return count;
            }

            var from = string.CompareOrdinal(a.From.Name, b.From.Name);
            return from != 0 ? from : string.CompareOrdinal(a.To.Name, b.To.Name);
        });

        var labs = totals.Keys.Union(retention.Keys)
            .Select(lab =>
            {
                var (inCount, outCount) = totals.GetValueOrDefault(lab);
                return new LabFlow(EntityOf(lab), inCount, outCount, inCount - outCount, retention.GetValueOrDefault(lab));
            })
            .OrderByDescending(l => l.In + l.Out)
            .ThenBy(l => l.Lab.Name, StringComparer.Ordinal)
            .ToList();
        return new FlowResult(query.Since, query.Until, query.RetentionMonths, moves, undated, pairList, labs);
    }

    /// <summary>
    /// Per lab, of the stays that began in the window: how many can be judged at N months and how many lasted. A stay
    /// with an end lasted when it certainly ended N months or more after it certainly began, and did not when it
    /// certainly ended sooner; a stay with no end and no move away is still running, so it lasted once N months have
    /// passed since its start (by <paramref name="today"/>). Anything else cannot be judged at the precision known.
    /// </summary>
    internal static Dictionary<int, Retention> MeasureRetention(SpellTable spells, FlowQuery query, DateOnly today)
    {
        var counts = new Dictionary<int, (int Measured, int Stayed)>();
        foreach (var spell in spells.Spells)
        {
            if (spell.Start == 0)
            {
                continue;
            }

            var start = PartialDate.FromPacked(spell.Start);
            if (!AsOf.InWindow(start, query.Since, query.Until))
            {
                continue;
            }

            bool? stayed;
            var certainlyFrom = start.LastDay.AddMonths(query.RetentionMonths);
            var possiblyFrom = start.FirstDay.AddMonths(query.RetentionMonths);
            if (spell.End != 0)
            {
                var end = PartialDate.FromPacked(spell.End);
                stayed = end.FirstDay >= certainlyFrom ? true : end.LastDay < possiblyFrom ? false : null;
            }
            else
            {
                stayed = !spell.MovedOut && certainlyFrom <= today ? true : null;
            }

            if (stayed is { } s)
            {
                var (measured, kept) = counts.GetValueOrDefault(spell.Lab);
                counts[spell.Lab] = (measured + 1, kept + (s ? 1 : 0));
            }
        }

        return counts.ToDictionary(c => c.Key, c => new Retention(query.RetentionMonths, c.Value.Measured, c.Value.Stayed));
    }
}

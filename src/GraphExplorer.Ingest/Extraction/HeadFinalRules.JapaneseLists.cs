using GraphExplorer.Ingest.Lexicons;
using GraphExplorer.Ingest.Text;

namespace GraphExplorer.Ingest.Extraction;

/// <summary>
/// Japanese reporting that names the people of a move apart from its verb:
/// <list type="bullet">
/// <item>a list announced by a sentence with the move and no one named ("AからBに移籍した主なメンバーは以下の通り。",
/// "…に加わった人物は次のとおり：", or a plain "BはAから研究者3名を採用した。" right before the items), its items one
/// person a line: each person listed moved from A to B;</item>
/// <item>a unit of a company as the place joined ("Bの新しいAIチームに合流", "BのAI部門へ"): the company is the lab, as a
/// team or a division is not an organisation of its own.</item>
/// </list>
/// </summary>
internal sealed partial class HeadFinalRules
{
    /// <summary>Words that announce a list after them ("以下の通り", "次のとおり").</summary>
    private static readonly string[] s_listAnnouncers = ["以下の通り", "以下のとおり", "次の通り", "次のとおり", "以下の人物", "以下のメンバー", "以下の顔ぶれ"];

    /// <summary>Nouns for a part of a company: a word ending with one is a unit, not an organisation.</summary>
    private static readonly string[] s_unitNouns = ["チーム", "部門", "事業部", "本部", "部署", "研究チーム", "研究部門", "グループ"];

    /// <summary>"AからBに移籍した主なメンバーは以下の通り": the list items that follow moved from A to B (A may be unstated).</summary>
    private void JapaneseListHeader(int index, Sentence sentence, List<Mention> ms)
    {
        // The list may also follow a plain sentence ("…から研究者3名を採用した。"), its items on the next lines.
        if (_lexicon.Code != "ja" || ms.Exists(IsNamedPerson)
            || !(sentence.EndsWithColon || Array.Exists(s_listAnnouncers, w => _text.IndexOf(w, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal) >= 0)
                || (index + 1 < _state.Sentences.Count && _state.Sentences[index + 1].IsListItem)))
        {
            return;
        }

        var verb = ms.FindIndex(m => m.IsVerb && (m.Has(Cue.Join) || m.Has(Cue.Move) || m.Has(Cue.Recruit)));
        if (verb < 0)
        {
            return;
        }

        string? to = null, from = null;
        for (var i = verb - 1; i >= 0; i--)
        {
            if (ms[i] is not { Kind: MentionKind.Lab, Modifier: false, Name: { } lab })
            {
                continue;
            }

            var after = SkipClosing(ms[i].CharEnd);
            if (to is null && (StartsWithAny(after, "に", "へ") || (ms[verb].Has(Cue.Recruit) && StartsWithAny(after, "が", "は"))))
            {
                to = lab;
            }
            else if (from is null && StartsWithAny(after, "から"))
            {
                from = lab;
            }
        }

        if (to is not null && to != from)
        {
            _state.PendingList = (to, _dateFor(index, ms, verb), index, from);
        }
    }

    /// <summary>Marks that end a noun phrase: between a company and its unit they mean the unit is not the company's.</summary>
    private static readonly char[] s_clauseMarks = ['、', '。', 'を', 'に', 'が', 'は', 'で', 'と', 'へ', ',', '，'];

    /// <summary>Words after a verb of work that make it a post to be taken, not one held ("率いることになった", "務める予定").</summary>
    private static readonly string[] s_postAhead = ["ことになった", "ことになる", "ことが決まった", "予定", "ことが明らかに", "見通し"];

    /// <summary>
    /// "Aを退任したX氏がBの新チームを率いることになった": a person who left A (in this sentence) and is to hold a post at
    /// another company B moved from A to B, as a post announced right after a departure is where the person went.
    /// </summary>
    private void PostAfterLeaving(int index, Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.Code != "ja")
        {
            return;
        }

        var verb = ms.FindLastIndex(m => m.IsVerb && m.Has(Cue.Work));
        if (verb < 0 || !Array.Exists(s_postAhead, w => _text.IndexOf(w, ms[verb].CharEnd, Math.Min(sentence.End - ms[verb].CharEnd, 12), StringComparison.Ordinal) >= 0))
        {
            return;
        }

        foreach (var leave in events.Where(e => e is { Kind: EventKind.Leave, Lab: not null }).ToList())
        {
            var post = events.LastOrDefault(e => e.Person == leave.Person && e.Kind is EventKind.Work or EventKind.Role && e.Lab is not null && e.Lab != leave.Lab
                && !CareerReasoning.SameEmployer(_state, e.Lab, leave.Lab!));
            if (post is not null && !events.Exists(e => e.Person == leave.Person && e.Kind is EventKind.Join or EventKind.Move))
            {
                events.Add(new ArticleEvent(EventKind.Join, leave.Person, post.Lab, _dateFor(index, ms, verb), 0.6, index, sentence.Start, sentence.End) { From = leave.Lab });
            }
        }
    }

    /// <summary>Endings of a clause that tells a past state set against what follows ("…だったが、", "…していたが、").</summary>
    private static readonly string[] s_thenButNow = ["だったが", "ていたが", "でいたが", "だったものの", "ていたものの", "であったが"];

    /// <summary>
    /// "X氏はAの研究者だったが、Bに移った": a move with no origin whose sentence first tells the past post at A in a clause
    /// set against it moved from A; a title of that clause placed at B is moved back to A.
    /// </summary>
    private void PastClauseOrigin(Sentence sentence, List<Mention> ms, List<ArticleEvent> events)
    {
        if (_lexicon.Code != "ja")
        {
            return;
        }

        var marker = -1;
        foreach (var w in s_thenButNow)
        {
            var at = _text.IndexOf(w, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal);
            marker = at >= 0 && (marker < 0 || at < marker) ? at : marker;
        }

        var origin = marker < 0 ? null : ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && m.CharEnd <= marker
            && StartsWithAny(SkipClosing(m.CharEnd), "の", "で"));
        if (origin?.Name is not { } from)
        {
            return;
        }

        for (var e = 0; e < events.Count; e++)
        {
            var arrival = events[e];
            if (arrival is not { Kind: EventKind.Join or EventKind.Move, From: null, Lab: { } to } || to == from || CareerReasoning.SameEmployer(_state, to, from)
                || !ms.Exists(m => m is { Kind: MentionKind.Lab, Name: not null } && m.Name == to && m.Start > marker))
            {
                continue;
            }

            events[e] = arrival with { From = from };
            for (var r = 0; r < events.Count; r++)
            {
                if (events[r] is { Kind: EventKind.Role } role && role.Person == arrival.Person && role.Lab == to)
                {
                    events[r] = role with { Lab = from };
                }
            }
        }
    }

    /// <summary>
    /// The company that owns the unit <paramref name="word"/> (ending at <paramref name="end"/>) when the word is a unit
    /// ("AIチーム", "AI部門"): the lab named right before it with "の" ("MSのAIチーム"), or the empty string when the word
    /// is a unit with no company named (not a lab at all); null when the word is no unit.
    /// </summary>
    private string? JapaneseUnitOwner(string word, int end, List<Mention> ms)
    {
        // A company's arm in Japan ("OpenAIの日本法人") is the company, as its team is.
        if (_lexicon.Code != "ja" || !(Array.Exists(s_unitNouns, u => word.EndsWith(u, StringComparison.Ordinal)) || _lexicon.LocalArms.Exists(a => word.EndsWith(a, StringComparison.Ordinal))))
        {
            return null;
        }

        // "MSのAIチーム", "Microsoftの新しいAI研究チーム": the company in the genitive, an adjective at most between.
        var start = end - word.Length;
        var owner = ms.LastOrDefault(m => m is { Kind: MentionKind.Lab, Modifier: false, Name: not null } && SkipClosing(m.CharEnd) is var genitive
            && genitive < start && start - genitive <= 8 && _text[genitive] == 'の' && _text.IndexOfAny(s_clauseMarks, genitive + 1, start - genitive - 1) < 0);
        return owner?.Name ?? string.Empty;
    }
}

namespace GraphExplorer.Ingest.Text;

internal static partial class Tokenizer
{
    private const string ToneMarkedVowels = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü";

    /// <summary>
    /// The length of a pinyin reading in brackets right after a Han character ("創(chuàng)立", "發(fā)帖"), or 0. Some
    /// converters to traditional characters leave such readings inside words; skipped, they no longer cut the words they
    /// sit in, while offsets stay those of the text. Only one lower-case syllable with a tone mark counts, so a Latin
    /// name in brackets ("杨植麟（Yang Zhilin）") or an acronym ("(AI)") stays text.
    /// </summary>
    private static int PinyinReadingLength(string text, int open)
    {
        if (text[open] is not ('(' or '（') || open == 0 || !IsCjk(text[open - 1]))
        {
            return 0;
        }

        var toneMark = false;
        var at = open + 1;
        for (; at < text.Length && at - open <= 7 && text[at] is not (')' or '）'); at++)
        {
            var c = text[at];
            if (ToneMarkedVowels.Contains(c, StringComparison.Ordinal))
            {
                toneMark = true;
            }
            else if (c is < 'a' or > 'z')
            {
                return 0;
            }
        }

        return toneMark && at < text.Length && at > open + 1 && text[at] is ')' or '）' ? at - open + 1 : 0;
    }
}

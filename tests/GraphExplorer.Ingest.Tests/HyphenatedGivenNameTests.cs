namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Korean and Chinese given names written with a hyphen in Latin script ("Kim Do-hyun", "Ji-eun Lee", "Wang Xiao-ming",
/// and in Wade-Giles, Taiwanese and Hong Kong spellings "Tsung-dao Lee", "Chi-Ming Chen", "Chan Cheuk-yiu")
/// are one name word: cut at the hyphen, the person came out as "Kim Do" or was not found at all. Words that merely
/// open a sentence with a hyphen stay apart. The sentences and people are made up for these tests.
/// </summary>
public class HyphenatedGivenNameTests
{
    [Theory]
    [InlineData("Kim Min-seo, a former Naver researcher, has joined Kakao as a vice president, the company said on Monday.", "Kim Min-seo", "Naver", "Kakao")]
    [InlineData("Seo-yeon Choi, who headed Samsung's vision team, has left Samsung to join LG AI Research, the company said.", "Seo-yeon Choi", "Samsung", "LG AI Research")]
    [InlineData("Zhou Jia-hui, a former Baidu engineer, joined Alibaba last year, the company said on Monday.", "Zhou Jia-hui", "Baidu", "Alibaba")]
    [InlineData("Tsung-dao Lee, a former Baidu engineer, joined Alibaba last year, the company said on Monday.", "Tsung-dao Lee", "Baidu", "Alibaba")]
    [InlineData("Hsiao-wuen Hon has left Microsoft to join Google as a vice president, people familiar with the move said.", "Hsiao-wuen Hon", "Microsoft", "Google")]
    [InlineData("Chi-Ming Chen left Baidu for OpenAI in March after six years on its speech team.", "Chi-Ming Chen", "Baidu", "OpenAI")]
    [InlineData("Hong Kong-born researcher Chan Cheuk-yiu has joined Meta from Amazon, the company said.", "Chan Cheuk-yiu", "Amazon", "Meta")]
    [InlineData("Park Jee-hoon, a former Naver engineer, has joined Kakao, the company said on Monday.", "Park Jee-hoon", "Naver", "Kakao")]
    [InlineData("Hee-jin Yoon, who ran Kakao's search team, has left Kakao to join Naver, the company said.", "Hee-jin Yoon", "Kakao", "Naver")]
    public void Extract_HyphenatedEastAsianGivenName_KeepsTheWholeName(string text, string name, string from, string to)
    {
        var result = TestData.Extract(text);

        Assert.Contains(result.Moves(), m => m.Person == name && m.From == from && m.To == to);
        Assert.DoesNotContain(People(result), p => p != name);
    }

    [Fact]
    public void Extract_HyphenatedEnglishWordsBeforeAName_StayApart()
    {
        // "so", "on" and "to" are left out of the syllables, and "called"/"site" are none: the words stay apart.
        var result = TestData.Extract("So-called superstar Dana Moss left Google for Meta. On-site engineer Tom Becker stayed at Google.");

        Assert.Contains(result.Moves(), m => m.Person == "Dana Moss" && m.From == "Google" && m.To == "Meta");
        Assert.DoesNotContain(People(result), p => p.Contains('-', StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_HyphenatedWordsThatAreNoGivenName_StayApart()
    {
        var result = TestData.Extract("Co-founder Priya Raman left Google to join Meta, the company said. Hong Kong-based analysts expect more moves.");

        Assert.Contains(result.Moves(), m => m.Person == "Priya Raman" && m.From == "Google" && m.To == "Meta");
        Assert.DoesNotContain(People(result), p => p.Contains('-', StringComparison.Ordinal));
    }

    private static IEnumerable<string> People(ExtractionResult result) =>
        result.Moves().Select(m => m.Person).Concat(result.Tenures().Select(t => t.Person)).Concat(result.Foundings().Select(f => f.Person));

    [Theory]
    [InlineData("박지훈(Park Jee-hoon) 네이버 리더는 최근 카카오에 합류했다.", "Park Jee-hoon")]
    [InlineData("네이버 떠나는 개발자들\n하이퍼클로바X 학습을 총괄하던 윤희진(Yoon Hee-jin) 리더는 최근 카카오로 자리를 옮겼다.", "Yoon Hee-jin")]
    public void Extract_KoreanNameWithHyphenatedLatinSpelling_OnePersonUnderThatSpelling(string text, string name)
    {
        var result = TestData.Extract(text, "2025-10-01");

        Assert.Contains(result.Tenures(), w => w.Person == name && w.Lab == "Kakao");
        Assert.DoesNotContain(People(result), p => p != name);
    }
}

using GraphExplorer.Core.Facts;
using GraphExplorer.Ingest.Extraction;

namespace GraphExplorer.Ingest.Tests;

/// <summary>Chinese names a Korean article writes in Hangul by their Mandarin sound; self-written names only.</summary>
public class HangulChineseNameTests
{
    [Theory]
    [InlineData("량쯔훙", "Liang Zihong")]
    [InlineData("저우밍위안", "Zhou Mingyuan")]
    [InlineData("왕샤오펑", "Wang Xiaofeng")]
    [InlineData("양즈하오", "Yang Zhihao")]
    [InlineData("셰톈", "Xie Tian")]
    public void Readings_MandarinSpelling_IsPinyinSurnameFirst(string hangul, string pinyin)
    {
        Assert.Equal(pinyin, HangulChineseNames.Readings(hangul)[0]);
    }

    [Theory]
    [InlineData("장우진")]
    [InlineData("정민아")]
    [InlineData("이서연")]
    [InlineData("양지훈")]
    public void Readings_KoreanName_IsNone(string hangul)
    {
        Assert.Empty(HangulChineseNames.Readings(hangul));
    }

    [Fact]
    public void Extract_TitledHangulNames_AreWrittenInTheirPressSpelling()
    {
        var text = "량쯔훙 텐센트 부사장은 새 모델을 발표했다고 말했다. 저우밍위안 알리바바 연구원은 새 논문을 냈다고 말했다. 장우진 카카오 부사장은 새 조직을 만든다고 밝혔다.";

        var people = TestData.Extract(text, "2025-03-20").Facts.OfType<WorkedAtFact>().Select(w => $"{w.Person} @ {w.Lab}").ToList();

        Assert.Superset(new HashSet<string> { "Liang Zihong @ Tencent", "Zhou Mingyuan @ Alibaba", "Jang Woo-jin @ Kakao" }, people.ToHashSet());
    }
}

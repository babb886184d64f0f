namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Moves that are not facts (labelling rule 1): rumours, denials, talks and recruitment attempts state no move and no
/// post at the rumoured lab, while the same words told as done are a move. Each negative stands beside its positive.
/// The sentences and people of these tests are made up.
/// </summary>
public class NonFactMoveTests
{
    [Theory]
    [InlineData("Reports that Mark Leung was in talks to join Anthropic from Google DeepMind were denied by the company.", "Mark Leung", "Anthropic")]
    [InlineData("Ian Brooks, a researcher at OpenAI, turned down an offer to join Meta last spring.", "Ian Brooks", "Meta")]
    [InlineData("Claire Dubois, ancienne chercheuse chez Google DeepMind, serait en pourparlers pour rejoindre Mistral AI.", "Claire Dubois", "Mistral AI")]
    [InlineData("Según fuentes del sector, Lucía Ortega, investigadora de OpenAI, está en conversaciones para unirse a Meta.", "Lucía Ortega", "Meta")]
    [InlineData("Gerüchte, wonach Jonas Keller von Aleph Alpha zu DeepL wechselt, wies das Unternehmen zurück.", "Jonas Keller", "DeepL")]
    [InlineData("Ana Ribeiro, diretora do Itaú Unibanco, está em negociações para se juntar à Nubank.", "Ana Ribeiro", "Nubank")]
    [InlineData("Budi Santoso, mantan insinyur Tokopedia, dikabarkan dalam pembicaraan untuk bergabung dengan Gojek.", "Budi Santoso", "Gojek")]
    [InlineData("市场传闻称，阿里巴巴研究员张伟将加盟月之暗面，阿里巴巴对此予以否认。", "Zhang Wei", "Moonshot AI")]
    [InlineData("ソニーの田中健一氏がOpenAIに移籍するとの噂について、同社は否定した。", "Kenichi Tanaka", "OpenAI")]
    [InlineData("삼성전자 김민수 상무가 네이버에 합류한다는 소문은 사실이 아닌 것으로 확인됐다.", "Kim Min-soo", "Naver")]
    public void Extract_RumouredOrDeniedMove_NoMoveAndNoPostAtTheRumouredLab(string text, string person, string lab)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.DoesNotContain(result.Moves(), m => m.Person == person);
        Assert.DoesNotContain(result.Tenures(), w => w.Person == person && w.Lab == lab);
    }

    [Theory]
    [InlineData("Mark Leung has joined Anthropic from Google DeepMind, the company said.", "Mark Leung", "Google DeepMind", "Anthropic")]
    [InlineData("Ian Brooks, a researcher at OpenAI, accepted an offer to join Meta last spring.", "Ian Brooks", "OpenAI", "Meta")]
    [InlineData("Claire Dubois, ancienne chercheuse chez Google DeepMind, a rejoint Mistral AI en mars.", "Claire Dubois", "Google DeepMind", "Mistral AI")]
    [InlineData("Según fuentes del sector, Lucía Ortega, investigadora de OpenAI, se unió a Meta en marzo.", "Lucía Ortega", "OpenAI", "Meta")]
    [InlineData("Jonas Keller wechselt von Aleph Alpha zu DeepL, teilte das Unternehmen mit.", "Jonas Keller", "Aleph Alpha", "DeepL")]
    [InlineData("Ana Ribeiro, diretora do Itaú Unibanco, juntou-se à Nubank em março.", "Ana Ribeiro", "Itaú Unibanco", "Nubank")]
    [InlineData("Budi Santoso, mantan insinyur Tokopedia, bergabung dengan Gojek.", "Budi Santoso", "Tokopedia", "Gojek")]
    [InlineData("阿里巴巴研究员张伟已加盟月之暗面。", "Zhang Wei", "Alibaba", "Moonshot AI")]
    [InlineData("ソニーの田中健一氏がOpenAIに移籍した。", "Kenichi Tanaka", "Sony", "OpenAI")]
    public void Extract_SameMoveToldAsDone_IsAMove(string text, string person, string from, string to)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Moves(), m => m.Person == person && m.From == from && m.To == to);
    }

    [Theory]
    [InlineData("Reports that former Google DeepMind director Mark Leung was in talks to join Helsing were dismissed by the company.", "Mark Leung", "Google DeepMind")]
    [InlineData("Budi Santoso, mantan insinyur Tokopedia, dikabarkan dalam pembicaraan untuk bergabung dengan Gojek.", "Budi Santoso", "Tokopedia")]
    [InlineData("市场传闻称，阿里巴巴研究员张伟将加盟月之暗面，阿里巴巴对此予以否认。", "Zhang Wei", "Alibaba")]
    public void Extract_RumouredMove_PastPostStillStated(string text, string person, string lab)
    {
        var result = TestData.Extract(text, "2025-06-01");

        Assert.Contains(result.Tenures(), w => w.Person == person && w.Lab == lab);
    }
}

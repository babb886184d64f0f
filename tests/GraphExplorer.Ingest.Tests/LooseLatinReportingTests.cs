namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// Looser Spanish, Portuguese and Indonesian structures of real reporting, rewritten with made-up people: hires named
/// after a colon or "yaitu" that close a long description of the group, earlier departures listed with where each went,
/// a founder described by a relative clause, time spent at a lab ("tras cinco años en A"), and a post told in the next
/// sentence with its subject dropped ("Antes trabajó en A."). Near-miss sentences guard each against new false facts.
/// </summary>
public class LooseLatinReportingTests
{
    [Fact]
    public void Extract_SpanishHireListedAfterALongGroupDescription_MovesEachPersonFromTheDescribedLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "La startup Nexora AI ha incorporado en las últimas semanas a tres ingenieros que trabajaban en el equipo de modelos de Anthropic: Marta Quiroga, Daniel Ferrán y Lucía Benet.");

        foreach (var person in new[] { "Marta Quiroga", "Daniel Ferrán", "Lucía Benet" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m is { From: "Anthropic", To: "Nexora AI" });
            Assert.Contains(result.Tenures(), t => t.Person == person && t.Lab == "Anthropic");
        }
    }

    [Fact]
    public void Extract_IndonesianHireListedAfterYaituWithAWorkClause_MovesEachPersonFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Indonesian + "Sarvam AI merekrut tiga peneliti yang sebelumnya bekerja di tim riset Google DeepMind, yaitu Budi Santoso, Rina Wulandari, dan Agus Pratama.");

        foreach (var person in new[] { "Budi Santoso", "Rina Wulandari", "Agus Pratama" })
        {
            Assert.Contains(result.Moves(), m => m.Person == person && m is { From: "Google DeepMind", To: "Sarvam AI" });
        }
    }

    [Fact]
    public void Extract_SpanishHireListWhoseDescriptionNamesAClient_IsNoMoveFromTheClient()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "La startup Nexora AI ha incorporado en las últimas semanas a tres ingenieros que trabajaban en proyectos con clientes como Anthropic: Marta Quiroga, Daniel Ferrán y Lucía Benet.");

        Assert.DoesNotContain(result.Moves(), m => m.From == "Anthropic");
        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Anthropic");
    }

    [Fact]
    public void Extract_SpanishDeparturesListedWithWhereEachWent_MovesEachFromTheLabThatLostThem()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Cohere ha perdido a varios investigadores este año. Entre ellos están Tomás Arévalo, que se fue a Mistral AI en marzo, e Irene Solís, ahora en Google DeepMind.");

        Assert.Contains(result.Moves(), m => m is { Person: "Tomás Arévalo", From: "Cohere", To: "Mistral AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Irene Solís", From: "Cohere", To: "Google DeepMind" });
    }

    [Fact]
    public void Extract_PortugueseDeparturesListedWithWhereEachWent_MovesEachFromTheLabThatLostThem()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A Stability AI perdeu vários pesquisadores neste ano. Entre eles estão Tiago Moura, hoje na Anthropic, e Lívia Campos, que foi para a Mistral AI em maio.");

        Assert.Contains(result.Moves(), m => m is { Person: "Tiago Moura", From: "Stability AI", To: "Anthropic" });
        Assert.Contains(result.Moves(), m => m is { Person: "Lívia Campos", From: "Stability AI", To: "Mistral AI" });
    }

    [Fact]
    public void Extract_IndonesianDeparturesListedWithRelativeClauses_GivesEachPersonOnlyTheirOwnDestination()
    {
        var result = TestData.Extract(ArticleOpenings.Indonesian + "Stability AI kehilangan sejumlah peneliti. Di antaranya Dewi Lestari, yang kini bergabung dengan Anthropic, dan Hendra Wijaya, yang pindah ke Mistral AI.");

        Assert.Contains(result.Moves(), m => m is { Person: "Dewi Lestari", From: "Stability AI", To: "Anthropic" });
        Assert.Contains(result.Moves(), m => m is { Person: "Hendra Wijaya", From: "Stability AI", To: "Mistral AI" });
        Assert.DoesNotContain(result.Facts, f => f is Core.Facts.LeftForFact { Person: "Dewi Lestari", To: "Mistral AI" } or Core.Facts.WorkedAtFact { Person: "Dewi Lestari", Lab: "Mistral AI" });
    }

    [Fact]
    public void Extract_PortuguesePeopleListedAtAnEventWithTheirCurrentLab_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A Cohere organizou uma conferência em Lisboa. Entre eles estão Tiago Moura, hoje na Anthropic, e Lívia Campos, da Mistral AI.");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_SpanishFounderDescribedByARelativeClause_LeftTheFoundedCompanyForTheLabInTheClause()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Veltra AI, fundada en 2019 por Sergio Lanz, que dejó la empresa el año pasado para dirigir el área de agentes en Anthropic, ha cerrado una ronda de financiación.");

        Assert.Contains(result.Foundings(), f => f is { Person: "Sergio Lanz", Lab: "Veltra AI" });
        Assert.Contains(result.Moves(), m => m is { Person: "Sergio Lanz", From: "Veltra AI", To: "Anthropic" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Anthropic");
    }

    [Fact]
    public void Extract_SpanishCofounderOfTheCompanyAfterARelativeClause_FoundedTheSubjectLabNotTheClauseLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Veltra AI, fundada en 2019 por Sergio Lanz, que dejó la empresa el año pasado para dirigir el área de agentes en Anthropic, ha cerrado una ronda de financiación. El cofundador de la compañía, Raúl Meneses, ex-OpenAI, sigue como consejero delegado.");

        Assert.Contains(result.Foundings(), f => f is { Person: "Raúl Meneses", Lab: "Veltra AI" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Raúl Meneses", Lab: "OpenAI" });
        Assert.DoesNotContain(result.Foundings(), f => f.Lab is "Anthropic" or "OpenAI");
    }

    [Fact]
    public void Extract_SpanishFounderWhoseRelativeClauseNamesAnInvestment_FoundsNothingElse()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Veltra AI, fundada en 2019 por Sergio Lanz, que también invirtió en Anthropic, ha cerrado una ronda de financiación.");

        Assert.DoesNotContain(result.Foundings(), f => f.Lab == "Anthropic");
        Assert.DoesNotContain(result.Moves(), m => m.To == "Anthropic");
    }

    [Fact]
    public void Extract_SpanishArrivalThenTimeSpentAtALab_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Andrea Vidal se incorpora a Mistral AI como directora de producto. Llega tras cinco años en Google DeepMind, donde dirigía el equipo de evaluación.");

        Assert.Contains(result.Moves(), m => m is { Person: "Andrea Vidal", From: "Google DeepMind", To: "Mistral AI" });
    }

    [Fact]
    public void Extract_PortugueseHireThenTimeSpentAtALab_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A Nvidia contratou Fernanda Lobo como diretora de pesquisa. Chega depois de sete anos no Google.");

        Assert.Contains(result.Moves(), m => m is { Person: "Fernanda Lobo", From: "Google", To: "Nvidia" });
    }

    [Fact]
    public void Extract_IndonesianJoinAfterYearsAtALab_ComesFromThatLabNotGoesToIt()
    {
        var result = TestData.Extract(ArticleOpenings.Indonesian + "Nvidia menunjuk Sari Puspita sebagai kepala riset. Ia bergabung setelah lima tahun di Google DeepMind.");

        Assert.Contains(result.Moves(), m => m is { Person: "Sari Puspita", From: "Google DeepMind", To: "Nvidia" });
        Assert.DoesNotContain(result.Moves(), m => m.To == "Google DeepMind");
    }

    [Fact]
    public void Extract_SpanishTimeSpentAtAUniversity_IsNoMove()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Cohere ha fichado a Andrea Vidal como directora de producto. Llega tras cinco años en la Universidad de Stanford.");

        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_SpanishPastPostWithItsSubjectDropped_IsThePersonNamedJustBefore()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Hugging Face ha contratado a Clara Ibáñez como responsable de investigación. Antes trabajó en Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Clara Ibáñez", From: "Meta", To: "Hugging Face" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Clara Ibáñez", Lab: "Meta" });
    }

    [Fact]
    public void Extract_IndonesianPostOpeningWithSebelumnyaAndNoSubject_IsThePersonNamedJustBefore()
    {
        var result = TestData.Extract(ArticleOpenings.Indonesian + "Nvidia menunjuk Sari Puspita sebagai kepala riset. Sebelumnya bekerja di Meta.");

        Assert.Contains(result.Moves(), m => m is { Person: "Sari Puspita", From: "Meta", To: "Nvidia" });
    }

    [Fact]
    public void Extract_IndonesianCompanyPartnershipOpeningWithSebelumnya_IsNoPost()
    {
        var result = TestData.Extract(ArticleOpenings.Indonesian + "Nvidia menunjuk Sari Puspita sebagai kepala riset. Sebelumnya perusahaan bekerja sama dengan Meta.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Meta");
        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_SpanishPastPostAfterASentenceNamingNobody_IsNobodysPost()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Mistral AI presentó el martes un nuevo modelo de lenguaje. Clara Ibáñez habló en la presentación. El modelo llegará en marzo. Antes trabajó en Google.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Google");
    }

    [Fact]
    public void Extract_SpanishPresentWorkWithItsSubjectDropped_IsNoPost()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Hugging Face ha contratado a Clara Ibáñez como responsable de investigación. Ahora trabaja en un modelo con Meta.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Meta");
        Assert.Empty(result.Moves());
    }

    [Fact]
    public void Extract_PortugueseHireJustOutOfALab_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A Meta acaba de contratar o engenheiro Caio Prado, recém-saído da Google.");

        Assert.Contains(result.Moves(), m => m is { Person: "Caio Prado", From: "Google", To: "Meta" });
    }

    [Fact]
    public void Extract_PortugueseStintOfYearsAfterAHire_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Portuguese + "A Meta contratou o engenheiro Caio Prado para liderar sua equipe de produto. Ele teve uma passagem de oito anos pela Microsoft.");

        Assert.Contains(result.Moves(), m => m is { Person: "Caio Prado", From: "Microsoft", To: "Meta" });
    }

    [Fact]
    public void Extract_SpanishWorkedForYearsAtALabAfterAHire_IsAMoveFromThatLab()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Cohere ha fichado a Nelson Ruiz para dirigir su laboratorio de Zúrich. Ruiz ha trabajado durante 15 años para Microsoft.");

        Assert.Contains(result.Moves(), m => m is { Person: "Nelson Ruiz", From: "Microsoft", To: "Cohere" });
    }

    [Fact]
    public void Extract_SpanishWorkedWithALabAsPartner_IsNoPostThere()
    {
        var result = TestData.Extract(ArticleOpenings.Spanish + "Cohere ha fichado a Nelson Ruiz para dirigir su laboratorio de Zúrich. Ruiz ha trabajado con Microsoft en varios proyectos.");

        Assert.DoesNotContain(result.Tenures(), t => t.Lab == "Microsoft");
        Assert.DoesNotContain(result.Moves(), m => m.From == "Microsoft");
    }
}

namespace GraphExplorer.Ingest.Tests;

/// <summary>
/// A first hire told with its hirer, then "N others" closing a clause ("viene con otros dos:", "memboyong tiga eksekutif
/// lain."), then the other hires listed each with the lab they come from: the hirer of the first is theirs. The
/// sentences and people are made up for these tests.
/// </summary>
public class OtherHiresListTests
{
    private const string SpanishHire = "Uber ficha a Sergio Blanco como director de producto\n\nMADRID.- Uber contrató a Sergio Blanco, quien trabajó seis años en Amazon, como su nuevo director de producto, según anunció la empresa este martes.\n\n";

    [Fact]
    public void Extract_SpanishListAfterOthersColon_MovesEachToTheHirer()
    {
        var result = TestData.Extract(SpanishHire + "El fichaje viene con otros dos: Pedro Lozano, procedente de Cabify, se incorpora como jefe de datos, y Laura Ríos, ex de Glovo, liderará el equipo de pagos.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Pedro Lozano", From: "Cabify", To: "Uber" });
        Assert.Contains(result.Moves(), m => m is { Person: "Laura Ríos", From: "Glovo", To: "Uber" });
        Assert.Contains(result.Tenures(), t => t is { Person: "Pedro Lozano", Lab: "Uber", Role: "head" });
    }

    [Fact]
    public void Extract_SpanishListWhoseMembersGoElsewhere_IsNoHireOfTheFirstHirer()
    {
        var result = TestData.Extract(SpanishHire + "El fichaje viene con otros dos: Pedro Lozano, procedente de Cabify, se marcha a Glovo, y Laura Ríos, ex de Glovo, fundó Hola AI.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.To == "Uber" && m.Person != "Sergio Blanco");
    }

    [Fact]
    public void Extract_IndonesianOthersThenListInTheNextSentence_MovesEachToTheHirer()
    {
        var result = TestData.Extract("Traveloka Rekrut Mantan Petinggi Grab\n\nJAKARTA — Traveloka resmi menunjuk Andi Gunawan sebagai Chief Product Officer. Andi sebelumnya bekerja di Grab selama tujuh tahun.\n\nSelain Andi, Traveloka juga memboyong tiga eksekutif lain. Budi Hartono, yang sebelumnya bekerja di Tiket.com, akan memimpin divisi pemasaran, sedangkan Sari Wijaya, mantan manajer Shopee, bergabung sebagai kepala keuangan.", "2025-03-04");

        Assert.Contains(result.Moves(), m => m is { Person: "Budi Hartono", From: "Tiket.com", To: "Traveloka" });
        Assert.Contains(result.Moves(), m => m is { Person: "Sari Wijaya", From: "Shopee", To: "Traveloka" });
    }

    [Fact]
    public void Extract_OthersDescribingANoun_IsNoListOfHires()
    {
        // "otras dos empresas": the phrase does not close its clause, so it does not refer back to the hire.
        var result = TestData.Extract(SpanishHire + "Uber compró otras dos empresas este año. Pedro Lozano, procedente de Cabify, habló en el evento.", "2025-03-04");

        Assert.DoesNotContain(result.Moves(), m => m.Person == "Pedro Lozano");
    }

    [Fact]
    public void Extract_ListedHireWhoWillLeadATeam_HoldsAHeadsPostAtTheHirer()
    {
        var result = TestData.Extract(SpanishHire + "El fichaje viene con otros dos: Pedro Lozano, procedente de Cabify, se incorpora como jefe de datos, y Laura Ríos, ex de Glovo, liderará el equipo de pagos.", "2025-03-04");

        Assert.Contains(result.Tenures(), t => t is { Person: "Laura Ríos", Lab: "Uber", Role: "head" });
    }

    [Fact]
    public void Extract_ListedHireWhoLedATeamBefore_HoldsNoHeadsPostAtTheHirer()
    {
        var result = TestData.Extract(SpanishHire + "El fichaje viene con otros dos: Pedro Lozano, procedente de Cabify, se incorpora como jefe de datos, y Laura Ríos, ex de Glovo, lideró allí el equipo de pagos.", "2025-03-04");

        Assert.DoesNotContain(result.Tenures(), t => t is { Person: "Laura Ríos", Lab: "Uber", Role: "head" });
    }
}

namespace GraphExplorer.Ingest.Tests;

/// <summary>Opening sentences put before a test sentence: long enough that the language is never mistaken for another
/// (a short Spanish text may read as French or Italian).</summary>
internal static class ArticleOpenings
{
    public const string Spanish = "La noticia fue confirmada el martes por la empresa en un comunicado. Los analistas creen que la operación cambia el mapa del sector. ";

    public const string Portuguese = "A notícia foi confirmada nesta terça-feira pela empresa em comunicado. Analistas avaliam que a mudança altera o mapa do setor. ";

    public const string Indonesian = "Kabar itu dikonfirmasi perusahaan pada hari Selasa melalui siaran pers. Para analis menilai langkah ini mengubah peta persaingan. ";
}

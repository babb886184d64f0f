using GraphExplorer.Web.Articles;
using GraphExplorer.Web.Cypher;
using GraphExplorer.Web.Graph;
using GraphExplorer.Web.Hosting;
using GraphExplorer.Web.Live;
using GraphExplorer.Web.Queries;

var builder = WebApplication.CreateBuilder(args);

builder.AddApiConventions();
builder.AddTelemetry();
builder.AddGraphStore();
builder.AddLiveUpdates();
builder.AddGraphQueries();
builder.AddCypherConsole();
builder.AddArticleIngestion();
builder.AddHealth();
builder.AddApiReference();
builder.SkipStartupWorkWhenWritingApiDocument();

var app = builder.Build();

app.UseApiConventions();
app.MapGraphApi();
app.MapQueryApi();
app.MapCypherApi();
app.MapArticleApi();
app.MapLiveUpdates();
app.MapHealth();
app.MapApiReference();
app.MapExplorerPage();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;

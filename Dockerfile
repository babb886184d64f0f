# syntax=docker/dockerfile:1
# GraphExplorer web host: built with the .NET SDK (plus Node for the browser app), run on the ASP.NET Core runtime image.
#   docker compose up --build        (see docker-compose.yml; it runs this image against Neo4j)
#   docker build -t graphexplorer .  (alone it uses the embedded store, with its SQLite file in the /data volume)

# Node for the browser app's build (Vite needs Node 20.19+). The .NET 10 SDK image is Ubuntu 24.04, whose apt nodejs
# is 18.x, too old for Vite, so node and npm are taken from the official Node image instead.
FROM node:22-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules/npm /usr/local/lib/node_modules/npm
RUN ln -s /usr/local/lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s /usr/local/lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
WORKDIR /src

# Restore from the project files alone, so this layer is reused while only sources change.
COPY global.json Directory.Build.props Directory.Packages.props ./
COPY src/GraphExplorer.Core/GraphExplorer.Core.csproj src/GraphExplorer.Core/
COPY src/GraphExplorer.Embedded/GraphExplorer.Embedded.csproj src/GraphExplorer.Embedded/
COPY src/GraphExplorer.Neo4j/GraphExplorer.Neo4j.csproj src/GraphExplorer.Neo4j/
COPY src/GraphExplorer.Ingest/GraphExplorer.Ingest.csproj src/GraphExplorer.Ingest/
COPY src/GraphExplorer.Cypher/GraphExplorer.Cypher.csproj src/GraphExplorer.Cypher/
COPY src/ReadyToRun.targets src/
COPY src/GraphExplorer.Web/GraphExplorer.Web.csproj src/GraphExplorer.Web/ClientApp.targets src/GraphExplorer.Web/
RUN dotnet restore src/GraphExplorer.Web/GraphExplorer.Web.csproj

# The browser app's packages, likewise cached apart from its sources.
COPY src/GraphExplorer.Web/ClientApp/package.json src/GraphExplorer.Web/ClientApp/package-lock.json src/GraphExplorer.Web/ClientApp/
RUN cd src/GraphExplorer.Web/ClientApp && npm ci --no-audit --no-fund
# The generator of the page's wire types (openapi-typescript, run by ClientApp.targets) has its own packages.
COPY src/GraphExplorer.Web/ClientApp/api-types/package.json src/GraphExplorer.Web/ClientApp/api-types/package-lock.json src/GraphExplorer.Web/ClientApp/api-types/
RUN cd src/GraphExplorer.Web/ClientApp/api-types && npm ci --no-audit --no-fund

# The web project's build runs Vite (ClientApp.targets), so the published output carries the page.
COPY . .
RUN dotnet publish src/GraphExplorer.Web/GraphExplorer.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
# The embedded store's file lives in a volume owned by the image's non-root user ($APP_UID, set by the base image).
RUN mkdir -p /data && chown "$APP_UID" /data
COPY --from=build /app ./
ENV ASPNETCORE_HTTP_PORTS=8080 \
    GraphExplorer__DataPath=/data/graphexplorer.db
VOLUME /data
EXPOSE 8080
USER $APP_UID
ENTRYPOINT ["dotnet", "GraphExplorer.Web.dll"]

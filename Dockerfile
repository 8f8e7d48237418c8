# syntax=docker/dockerfile:1

# Build: the application jar, without the tests (they need PostgreSQL and Chromium), then split into
# Spring Boot's layers, so that a new release changes only the small application layer and the
# dependencies stay cached in registries and on hosts.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY db db
COPY src src
RUN --mount=type=cache,target=/root/.m2 \
    mvn -B -DskipTests package \
    && cp target/nkr-timeline-*.jar /src/app.jar \
    && java -Djarmode=tools -jar /src/app.jar extract --layers --launcher --destination /src/extracted

# Run: a JRE and the layers, as an unprivileged user. Give SPRING_DATASOURCE_URL (and _USERNAME,
# _PASSWORD) to use a PostgreSQL server, as docker-compose.yml does.
FROM eclipse-temurin:17-jre
RUN groupadd --system app \
    && useradd --system --gid app --home-dir /app --shell /usr/sbin/nologin app \
    && mkdir -p /app/data/index && chown -R app:app /app
WORKDIR /app
COPY --from=build /src/extracted/dependencies/ ./
COPY --from=build /src/extracted/spring-boot-loader/ ./
COPY --from=build /src/extracted/snapshot-dependencies/ ./
COPY --from=build /src/extracted/application/ ./
USER app
EXPOSE 8080
# The JVM options the benchmark recommends (docs/performance.md): a 96 MB heap with the serial
# collector, and the C1 compiler only, which starts faster and keeps the process under 300 MB.
# SIGTERM (docker stop) lets requests in flight finish (docs/operations.md, "Stopping").
ENTRYPOINT ["java", "-Xmx96m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", \
            "org.springframework.boot.loader.launch.JarLauncher"]

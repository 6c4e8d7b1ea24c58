# syntax=docker/dockerfile:1
# Fellowflow's image: built from source with the Maven wrapper, run on a JRE as a non-root user.
# docker-compose.yml builds it for both nodes; `docker build -t fellowflow .` builds it alone.

FROM eclipse-temurin:17-jdk AS build
WORKDIR /workspace

# The wrapper and the POM first: the dependency layer is rebuilt only when pom.xml changes, not on every edit.
# A package run without sources fetches every dependency and plugin the real build uses; dependency:go-offline
# was tried and misses some (spring-boot-starter-web among them), which the package step then downloads again.
COPY mvnw pom.xml ./
COPY .mvn .mvn
RUN chmod +x mvnw && ./mvnw -B -q -DskipTests -Dspring-boot.repackage.skip=true package && rm -rf target

# processes/ is a resource folder of its own (pom.xml ships it under processes/ on the classpath).
COPY src src
COPY processes processes
RUN ./mvnw -B -DskipTests package

FROM eclipse-temurin:17-jre
# curl for the health check: installed explicitly, so the check does not depend on what the base image carries.
RUN apt-get update \
    && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends curl \
    && rm -rf /var/lib/apt/lists/*
RUN groupadd --system --gid 10001 fellowflow \
    && useradd --system --uid 10001 --gid fellowflow --home-dir /app --shell /usr/sbin/nologin fellowflow
WORKDIR /app
# The embedded default profile writes its H2 database under ./data; the postgres profile writes nothing here.
RUN chown fellowflow:fellowflow /app
COPY --from=build --chown=fellowflow:fellowflow /workspace/target/fellowflow.jar /app/fellowflow.jar
USER 10001:10001

EXPOSE 8080
# The first start on an empty database creates Camunda's schema and deploys the processes: give it time.
HEALTHCHECK --interval=15s --timeout=5s --start-period=120s --retries=3 \
    CMD curl -fsS -o /dev/null "http://127.0.0.1:${SERVER_PORT:-8080}/actuator/health" || exit 1

# The heap follows the container's memory limit; an out-of-memory node exits so that it is restarted, rather
# than running on half-broken. JAVA_TOOL_OPTIONS adds or overrides flags without rebuilding the image.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/fellowflow.jar"]

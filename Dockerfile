# Silian, built from this source. Used by docker-compose.yml; runs on Java 25.
# The package step builds the extracted jar (target/silian: silian.jar beside lib/) and, on JDK 25,
# the JDK AOT cache silian.aot from a training run; both start much faster than the fat jar
# (docs/benchmarks/startup.md). The cache is only valid for the same JDK build and the same
# jars at the same paths, so the run stage copies the folder to the same place the cache was
# trained in, and the build and run stages use the same Temurin 25 release line.
FROM maven:3.9-eclipse-temurin-25 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -ntp -Pproduction dependency:go-offline || true
COPY frontend frontend
COPY src src
# the cache is trained in the run stage below, in the JRE that runs it
RUN mvn -B -ntp -Pproduction -DskipTests -Dsilian.aot.skip=true package

FROM eclipse-temurin:25-jre
RUN groupadd --system silian && useradd --system --gid silian --home /data silian \
    && mkdir -p /data && chown silian:silian /data
WORKDIR /app
COPY --from=build /src/target/silian/lib /app/lib
COPY --from=build /src/target/silian/silian.jar /app/silian.jar
# The training run happens here, in the image's own JRE and with the same class path as the
# entry point, so the cache matches the JVM that uses it. It exits once the context has
# refreshed, on a throwaway H2 data folder (the cache depends on the classes, not the database).
RUN SILIAN_DATA_DIR=/tmp/aot-training SILIAN_DEMO=false \
    java -XX:AOTCacheOutput=/app/silian.aot -Dspring.context.exit=onRefresh -jar /app/silian.jar \
    && rm -rf /tmp/aot-training
ENV SILIAN_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=UTC"
USER silian
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["java", "-XX:AOTCache=/app/silian.aot", "-jar", "/app/silian.jar"]

# Silian, built from this source. Used by docker-compose.yml; runs on Java 21.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml ./
RUN mvn -B -ntp -Pproduction dependency:go-offline || true
COPY frontend frontend
COPY src src
RUN mvn -B -ntp -Pproduction -DskipTests package && cp target/silian-*.jar /silian.jar

FROM eclipse-temurin:21-jre
RUN groupadd --system silian && useradd --system --gid silian --home /data silian \
    && mkdir -p /data && chown silian:silian /data
COPY --from=build /silian.jar /app/silian.jar
ENV SILIAN_DATA_DIR=/data \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -Duser.timezone=UTC"
USER silian
EXPOSE 8080
VOLUME /data
ENTRYPOINT ["java", "-jar", "/app/silian.jar"]

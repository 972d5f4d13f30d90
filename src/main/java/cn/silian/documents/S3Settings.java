package cn.silian.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

import java.net.URI;

/**
 * Where the S3 storage keeps documents (used when {@code silian.documents.storage=s3}).
 *
 * @param endpoint     the service's address, e.g. {@code http://minio:9000}; empty for AWS itself
 * @param accessKey    empty: the AWS default credentials (environment, profile, instance role)
 * @param pathStyle    {@code bucket} in the path rather than the host name, as MinIO and most
 *                     self-hosted services need
 * @param prefix       a folder in the bucket for Silian's objects, empty for the bucket's root
 * @param createBucket create the bucket at start-up if it is missing (needs the right to do so)
 */
@ConfigurationProperties("silian.documents.s3")
record S3Settings(@DefaultValue("") String endpoint,
                  @DefaultValue("us-east-1") String region,
                  @DefaultValue("silian-documents") String bucket,
                  @DefaultValue("") String accessKey,
                  @DefaultValue("") String secretKey,
                  @DefaultValue("true") boolean pathStyle,
                  @DefaultValue("") String prefix,
                  @DefaultValue("false") boolean createBucket) {

    S3Client newClient() {
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(region))
                .forcePathStyle(pathStyle)
                // the SDK's default CRC trailers are refused by many S3 clones; put() sends Content-MD5 instead
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (!endpoint.isBlank()) {
            builder.endpointOverride(URI.create(endpoint.strip()));
        }
        if (!accessKey.isBlank()) {
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)));
        }
        return builder.build();
    }

    /** Keeps the secret out of logs and error messages. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                + ", secretKey=" + (secretKey.isEmpty() ? "" : "***") + ", pathStyle=" + pathStyle + ", prefix=" + prefix
                + ", createBucket=" + createBucket + "]";
    }
}

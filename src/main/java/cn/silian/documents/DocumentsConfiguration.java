package cn.silian.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.io.IOException;
import java.nio.file.Path;

/** Chooses the document storage by {@value #STORAGE}: {@code filesystem} (the default) or {@code s3}. */
@Configuration
@EnableConfigurationProperties(S3Settings.class)
class DocumentsConfiguration {

    static final String STORAGE = "silian.documents.storage";

    /** The default storage: files under the data folder; another storage bean replaces it. */
    @Bean
    @ConditionalOnProperty(name = STORAGE, havingValue = "filesystem", matchIfMissing = true)
    @ConditionalOnMissingBean(DocumentStorage.class)
    DocumentStorage fileSystemStorage(@Value("${silian.data-dir}") Path dataDir) {
        return new FileSystemStorage(dataDir.resolve("documents"));
    }

    /** Objects in an S3-compatible bucket; uploads wait in the data folder until they are sent. */
    @Bean
    @ConditionalOnProperty(name = STORAGE, havingValue = "s3")
    @ConditionalOnMissingBean(DocumentStorage.class)
    DocumentStorage s3Storage(S3Settings settings, @Value("${silian.data-dir}") Path dataDir) throws IOException {
        S3Storage storage = new S3Storage(settings.newClient(), settings.bucket(), settings.prefix(),
                dataDir.resolve("documents-upload"));
        if (settings.createBucket()) {
            try {
                storage.createBucketIfMissing();
            } catch (IOException | RuntimeException e) {
                storage.close();
                throw e;
            }
        }
        return storage;
    }
}

package cn.silian.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Path;

@Configuration
class DocumentsConfiguration {

    /** The default storage: files under the data folder; another storage bean replaces it. */
    @Bean
    @ConditionalOnMissingBean(DocumentStorage.class)
    DocumentStorage fileSystemStorage(@Value("${silian.data-dir}") Path dataDir) {
        return new FileSystemStorage(dataDir.resolve("documents"));
    }
}

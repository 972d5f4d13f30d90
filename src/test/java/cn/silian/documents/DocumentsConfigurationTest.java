package cn.silian.documents;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import static org.assertj.core.api.Assertions.assertThat;

/** Which storage the property picks; only the documents configuration is started, nothing is contacted. */
class DocumentsConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DocumentsConfiguration.class)
            .withPropertyValues("silian.data-dir=target/documents-configuration-test");

    @Test
    void theFileSystemUnlessToldOtherwise() {
        context.run(c -> assertThat(c).getBean(DocumentStorage.class).isInstanceOf(FileSystemStorage.class));
        context.withPropertyValues("silian.documents.storage=filesystem")
                .run(c -> assertThat(c).getBean(DocumentStorage.class).isInstanceOf(FileSystemStorage.class));
    }

    @Test
    void s3WhenTheSettingSaysSo() {
        context.withPropertyValues(
                        "silian.documents.storage=s3",
                        "silian.documents.s3.endpoint=http://127.0.0.1:9000",
                        "silian.documents.s3.bucket=district-documents",
                        "silian.documents.s3.access-key=silian",
                        "silian.documents.s3.secret-key=s3-password-42")
                .run(c -> {
                    assertThat(c).getBean(DocumentStorage.class).isInstanceOf(S3Storage.class);
                    S3Settings settings = c.getBean(S3Settings.class);
                    assertThat(settings.bucket()).isEqualTo("district-documents");
                    assertThat(settings.region()).isEqualTo("us-east-1");
                    assertThat(settings.pathStyle()).isTrue();
                    assertThat(settings.createBucket()).isFalse();
                    assertThat(settings.toString()).doesNotContain("s3-password-42").contains("secretKey=***");
                });
    }
}

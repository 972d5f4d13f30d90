package cn.silian.shared;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicAddressTest {

    @Test
    void anEmptyBaseUrlFallsBackToTheLocalAddressOfTheServerPort() {
        assertThat(new PublicAddress("", 8080).link("inbox")).isEqualTo("http://localhost:8080/inbox");
        assertThat(new PublicAddress("  ", 9090).base()).isEqualTo("http://localhost:9090/");
        assertThat(new PublicAddress(null, 0).link("/meetings/12")).as("a random port is no address")
                .isEqualTo("http://localhost:8080/meetings/12");
        assertThat(new PublicAddress("", 8080).configured()).isFalse();
    }

    @Test
    void aConfiguredBaseUrlIsUsedWithOrWithoutItsTrailingSlash() {
        PublicAddress address = new PublicAddress("https://silian.example.cn/", 8080);
        assertThat(address.configured()).isTrue();
        assertThat(address.link("inbox")).isEqualTo("https://silian.example.cn/inbox");
        assertThat(new PublicAddress(" https://silian.example.cn/portal ", 8080).link("inbox"))
                .isEqualTo("https://silian.example.cn/portal/inbox");
        assertThat(new PublicAddress("https://silian.example.cn/portal/", 8080).base())
                .isEqualTo("https://silian.example.cn/portal/");
    }

    @Test
    void aBaseUrlThatIsNotAnAbsoluteWebAddressStopsTheStart() {
        for (String wrong : new String[] {"silian.example.cn", "/silian", "ftp://silian.example.cn/",
                "https://", "https://silian.example.cn/?a=b", "http://exa mple.cn/"}) {
            assertThatThrownBy(() -> new PublicAddress(wrong, 8080)).as(wrong)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("silian.base-url");
        }
    }
}

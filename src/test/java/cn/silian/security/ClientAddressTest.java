package cn.silian.security;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void withoutTrustedProxiesThePeerIsTheClientWhateverTheHeaderSays() {
        ClientAddress none = new ClientAddress(List.of());
        assertThat(none.of("10.1.2.3", List.of("192.0.2.99"))).isEqualTo("10.1.2.3");
        assertThat(none.of("10.1.2.3", List.of())).isEqualTo("10.1.2.3");
    }

    @Test
    void behindATrustedProxyTheForwardedClientCountsAndAForgedPrefixDoesNot() {
        ClientAddress proxied = new ClientAddress(List.of("10.0.0.7", "172.16.0.0/12"));
        assertThat(proxied.of("10.0.0.7", List.of("10.20.30.40"))).isEqualTo("10.20.30.40");
        // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
        assertThat(proxied.of("10.0.0.7", List.of("1.2.3.4, 10.20.30.40"))).isEqualTo("10.20.30.40");
        // Two proxies of ours in a row.
        assertThat(proxied.of("10.0.0.7", List.of("10.20.30.40, 172.20.0.5"))).isEqualTo("10.20.30.40");
        assertThat(proxied.of("10.0.0.7", List.of("10.20.30.40", "172.20.0.5"))).isEqualTo("10.20.30.40");
        assertThat(proxied.of("10.0.0.7", List.of())).as("no header: the proxy itself").isEqualTo("10.0.0.7");
        assertThat(proxied.of("10.0.0.7", List.of("evil.example, 10.20.30.40"))).isEqualTo("10.20.30.40");
        assertThat(proxied.of("10.0.0.7", List.of("not-an-address"))).isEqualTo("10.0.0.7");
        assertThat(proxied.of("10.0.0.8", List.of("10.20.30.40"))).as("not one of ours").isEqualTo("10.0.0.8");
    }

    @Test
    void ipv6ProxiesAndClientsAreUnderstood() {
        ClientAddress proxied = new ClientAddress(List.of("fd00::/8"));
        assertThat(proxied.of("fd00::1", List.of("2001:db8::5"))).isEqualTo("2001:db8::5");
    }
}

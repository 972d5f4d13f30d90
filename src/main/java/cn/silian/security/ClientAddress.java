package cn.silian.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The address a request came from, for the login throttle and the audit trail. The TCP peer is
 * the client unless it is one of the configured reverse proxies
 * ({@code silian.security.trusted-proxies}); only then is X-Forwarded-For read, from the right,
 * skipping the proxies, so that a client cannot name an address of his choosing.
 */
@Component
class ClientAddress {

    /** IP literals only: a host name in the header must never cause a DNS look-up. */
    private static final Pattern IP_LITERAL = Pattern.compile("^[0-9.]+$|^[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*$");

    private final List<IpAddressMatcher> proxies;

    ClientAddress(@Value("${silian.security.trusted-proxies:}") List<String> trustedProxies) {
        this.proxies = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty())
                .map(IpAddressMatcher::new).toList();
    }

    String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For") == null ? List.of()
                : java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client, from the peer's address and the X-Forwarded-For headers in the order received. */
    String of(String peer, List<String> forwardedFor) {
        if (peer == null || !trusted(peer)) {
            return peer;
        }
        String client = peer;
        List<String> hops = forwardedFor.stream().flatMap(h -> java.util.Arrays.stream(h.split(",")))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!IP_LITERAL.matcher(hop).matches()) {
                // Garbage in the chain: the last hop we could trust is as far as we can see.
                return client;
            }
            client = hop;
            if (!trusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        if (!IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        for (IpAddressMatcher proxy : proxies) {
            try {
                if (proxy.matches(address)) {
                    return true;
                }
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return false;
    }
}

package org.mcfed.index.validate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AddressPolicyTest {

    /** Names resolve from this table only, so no test depends on DNS. */
    private static final Map<String, String> DNS = Map.of(
            "registry.example", "203.0.113.10",
            "rebound.example", "10.0.0.7",
            "localhost", "127.0.0.1");

    private static final AddressPolicy.Resolver RESOLVER = host -> {
        String address = DNS.get(host);
        if (address == null) {
            throw new UnknownHostException(host);
        }
        return new InetAddress[]{InetAddress.getByName(address)};
    };

    private final AddressPolicy policy = new AddressPolicy(Set.of(), Set.of(), RESOLVER);

    @ParameterizedTest
    @ValueSource(strings = {
            "http://127.0.0.1/", "http://127.1/", "http://0x7f.1/", "http://0x7F000001/", "http://017700000001/",
            "http://2130706433/", "http://127.0.0.1.:8080/", "http://localhost/", "http://LOCALHOST:8090/oai",
            "http://[::1]/", "http://[::ffff:127.0.0.1]/", "http://[::ffff:7f00:1]/", "http://[0:0:0:0:0:ffff:7f00:1]/"})
    void loopbackInEveryDisguiseIsRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(UrlRefused.class).hasMessageContaining("loopback");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://10.1.2.3/", "http://172.16.0.1/", "http://172.31.255.254/", "http://192.168.1.1/",
            "http://[fc00::1]/", "http://[fd12:3456::1]/", "http://[::ffff:10.0.0.1]/", "http://[::ffff:192.168.0.1]/",
            "http://012.1.2.3/", "http://rebound.example/"})
    void privateAddressesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(UrlRefused.class).hasMessageContaining("private");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/latest/meta-data/", "http://[fe80::1]/", "http://[::ffff:169.254.169.254]/"})
    void linkLocalAddressesAreRefused(String url) {
        assertThatThrownBy(() -> policy.check(URI.create(url))).isInstanceOf(UrlRefused.class).hasMessageContaining("link-local");
    }

    @Test
    void unspecifiedMulticastCgnatAndReservedAreRefused() {
        assertThatThrownBy(() -> policy.check(URI.create("http://0.0.0.0/"))).hasMessageContaining("unspecified");
        assertThatThrownBy(() -> policy.check(URI.create("http://0/"))).hasMessageContaining("unspecified");
        assertThatThrownBy(() -> policy.check(URI.create("http://[::]/"))).hasMessageContaining("unspecified");
        assertThatThrownBy(() -> policy.check(URI.create("http://224.0.0.1/"))).hasMessageContaining("multicast");
        assertThatThrownBy(() -> policy.check(URI.create("http://[ff02::1]/"))).hasMessageContaining("multicast");
        assertThatThrownBy(() -> policy.check(URI.create("http://100.64.0.1/"))).hasMessageContaining("CGNAT");
        assertThatThrownBy(() -> policy.check(URI.create("http://100.127.255.255/"))).hasMessageContaining("CGNAT");
        assertThatThrownBy(() -> policy.check(URI.create("http://255.255.255.255/"))).hasMessageContaining("reserved");
        assertThatThrownBy(() -> policy.check(URI.create("http://[64:ff9b::7f00:1]/"))).hasMessageContaining("loopback");
        assertThatThrownBy(() -> policy.check(URI.create("http://[2002:a00:1::]/"))).hasMessageContaining("private");
    }

    @Test
    void onlyHttpAndHttpsWithoutCredentials() {
        assertThatThrownBy(() -> policy.check(URI.create("file:///etc/passwd"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> policy.check(URI.create("ftp://registry.example/feed"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> policy.check(URI.create("gopher://registry.example:70/"))).hasMessageContaining("only http and https");
        assertThatThrownBy(() -> policy.check(URI.create("http://user:secret@registry.example/"))).hasMessageContaining("credentials");
        assertThatThrownBy(() -> policy.check(URI.create("http://registry.example@127.0.0.1/"))).hasMessageContaining("credentials");
    }

    @Test
    void aNumericHostThatIsNoAddressIsRefusedNotLookedUp() {
        assertThatThrownBy(() -> policy.check(URI.create("http://256.1.1.1/"))).hasMessageContaining("not a valid IPv4 address");
        assertThatThrownBy(() -> policy.check(URI.create("http://1.2.3.4.5/"))).hasMessageContaining("not a valid IPv4 address");
        assertThatThrownBy(() -> policy.check(URI.create("http://unknown.example/"))).hasMessageContaining("cannot be resolved");
    }

    @Test
    void aPublicHostGivesTheAddressToConnectTo() throws Exception {
        AddressPolicy.Target target = policy.check(URI.create("https://registry.example/col/v1/records"));

        assertThat(target.address().getHostAddress()).isEqualTo("203.0.113.10");
        assertThat(target.host()).isEqualTo("registry.example");
        assertThat(target.port()).isEqualTo(443);
        assertThat(target.tls()).isTrue();
        assertThat(policy.check(URI.create("http://8.8.8.8:8080/")).port()).isEqualTo(8080);
        assertThat(policy.check(URI.create("http://[2001:4860:4860::8888]/")).address().getHostAddress()).startsWith("2001:4860");
    }

    @Test
    void anOperatorAllowedHostMayBeInternalOthersStillNot() throws Exception {
        AddressPolicy allowing = new AddressPolicy(Set.of("LocalHost", "rebound.example"), Set.of(), RESOLVER);

        assertThat(allowing.check(URI.create("http://localhost:8090/oai")).address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThat(allowing.check(URI.create("http://rebound.example/")).address().getHostAddress()).isEqualTo("10.0.0.7");
        assertThatThrownBy(() -> allowing.check(URI.create("http://127.0.0.1:8090/oai"))).hasMessageContaining("loopback");
    }

    @Test
    void theAllowedPortsListIsEnforcedWhenSet() throws Exception {
        AddressPolicy ports = new AddressPolicy(Set.of(), Set.of(80, 443), RESOLVER);

        assertThat(ports.check(URI.create("http://registry.example/")).port()).isEqualTo(80);
        assertThatThrownBy(() -> ports.check(URI.create("http://registry.example:6379/"))).hasMessageContaining("port 6379");
    }
}

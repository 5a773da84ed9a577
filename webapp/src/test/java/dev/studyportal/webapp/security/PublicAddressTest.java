package dev.studyportal.webapp.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class PublicAddressTest {

    private static PublicAddress at(String url) {
        return new PublicAddress(
                new ResetMailProperties(url == null ? null : URI.create(url), new ResetMailProperties.Mail(null)));
    }

    @Test
    void a_route_goes_under_the_public_address_with_or_without_its_own_path_and_slash() {
        assertThat(at("https://study.example.com").of("cohorts/join/ABCD"))
                .contains(URI.create("https://study.example.com/cohorts/join/ABCD"));
        assertThat(at("https://study.example.com/").of("cohorts/join/ABCD"))
                .contains(URI.create("https://study.example.com/cohorts/join/ABCD"));
        assertThat(at("https://example.com:8443/portal/").of("/cohorts/join/ABCD"))
                .contains(URI.create("https://example.com:8443/portal/cohorts/join/ABCD"));
    }

    @Test
    void without_a_public_address_there_is_no_link_to_build() {
        assertThat(at(null).of("cohorts/join/ABCD")).isEmpty();
    }
}

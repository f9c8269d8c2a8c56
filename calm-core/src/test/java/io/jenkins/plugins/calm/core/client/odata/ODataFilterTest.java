package io.jenkins.plugins.calm.core.client.odata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ODataFilterTest {

    private static final String G1 = "3532c9fd-0000-4000-8000-000000000001";
    private static final String G2 = "3532c9fd-0000-4000-8000-000000000002";

    @Test
    void quotesStringsAndDoublesInnerQuotes() {
        assertThat(ODataFilter.eq("displayId", "6-123").expression()).isEqualTo("displayId eq '6-123'");
        assertThat(ODataFilter.eq("title", "O'Brien's fix' or 1 eq 1").expression())
                .isEqualTo("title eq 'O''Brien''s fix'' or 1 eq 1'");
    }

    @Test
    void writesGuidsUnquotedAndRejectsAnythingElse() {
        assertThat(ODataFilter.eqGuid("projectId", G1).expression()).isEqualTo("projectId eq " + G1);
        assertThatThrownBy(() -> ODataFilter.eqGuid("projectId", G1 + " or true"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a GUID");
    }

    @Test
    void buildsInListsAndInstantComparisons() {
        assertThat(ODataFilter.inGuids("uuid", List.of(G1, G2)).expression())
                .isEqualTo("uuid in (" + G1 + "," + G2 + ")");
        assertThat(ODataFilter.in("displayId", List.of("6-1", "6-'2")).expression())
                .isEqualTo("displayId in ('6-1','6-''2')");
        assertThat(ODataFilter.gt("modifiedAt", Instant.parse("2026-01-10T09:12:00Z")).expression())
                .isEqualTo("modifiedAt gt 2026-01-10T09:12:00Z");
        assertThatThrownBy(() -> ODataFilter.inGuids("uuid", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void combinationsKeepPrecedence() {
        ODataFilter either = ODataFilter.eq("a", "1").or(ODataFilter.eq("b", "2"));

        assertThat(either.and(ODataFilter.eq("c", "3")).expression())
                .isEqualTo("(a eq '1' or b eq '2') and c eq '3'");
    }

    @Test
    void rejectsPropertyNamesThatAreNotNames() {
        assertThatThrownBy(() -> ODataFilter.eq("a eq 1 or b", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(ODataFilter.eq("toStatus/name", "x").expression()).isEqualTo("toStatus/name eq 'x'");
    }
}

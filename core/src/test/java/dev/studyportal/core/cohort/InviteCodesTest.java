package dev.studyportal.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InviteCodesTest {

    @Test
    void a_new_code_reads_in_groups_of_four_without_look_alike_characters() {
        String code = InviteCodes.newCode();

        assertThat(code).matches("[A-HJKMNP-Z2-9]{4}(-[A-HJKMNP-Z2-9]{4}){6}");
        assertThat(InviteCodes.normalized(code)).hasValue(code.replace("-", ""));
    }

    @Test
    void a_code_is_taken_as_typed_pasted_or_inside_its_link() {
        String code = "ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456";
        String plain = "ABCDEFGHJKMNPQRSTUVWXYZ23456";

        assertThat(InviteCodes.normalized(" abcd efgh jkmn pqrs tuvw xyz2 3456 "))
                .hasValue(plain);
        assertThat(InviteCodes.normalized("https://portal.example/cohorts/join/" + code))
                .hasValue(plain);
        assertThat(InviteCodes.hash(plain))
                .hasSize(64)
                .isEqualTo(InviteCodes.hash(InviteCodes.normalized(code).orElseThrow()));
        assertThat(InviteCodes.hint(plain)).isEqualTo("3456");
    }

    @Test
    void anything_that_cannot_be_a_code_is_malformed() {
        assertThat(InviteCodes.normalized("")).isEmpty();
        assertThat(InviteCodes.normalized("ABCD-EFGH")).isEmpty();
        assertThat(InviteCodes.normalized("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-34567"))
                .isEmpty();
        assertThat(InviteCodes.normalized("OBCD-EFGH-JKMN-PQRS-TUVW-XYZ2-3456"))
                .as("O is never in a code")
                .isEmpty();
        assertThat(InviteCodes.normalized("ABCD-EFGH-JKMN-PQRS-TUVW-XYZ2-345'")).isEmpty();
    }
}

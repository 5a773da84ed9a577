package dev.studyportal.core.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void cells_with_commas_quotes_or_line_breaks_are_quoted() {
        String csv = new Csv("a", "b").row("one, two", "say \"hi\"\nthen go").toString();

        assertThat(csv).isEqualTo("a,b\r\n\"one, two\",\"say \"\"hi\"\"\nthen go\"\r\n");
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() {
        String csv = new Csv("text", "number")
                .row("=HYPERLINK(\"http://evil\")", -0.5)
                .row("@SUM(A1)", null)
                .toString();

        assertThat(csv).isEqualTo("text,number\r\n\"'=HYPERLINK(\"\"http://evil\"\")\",-0.5\r\n'@SUM(A1),\r\n");
    }

    @Test
    void a_leading_tab_or_null_character_is_defused_too() {
        // OWASP ASVS 5.0 1.2.10 names both beside = + - @.
        assertThat(new Csv("text").row("\t=1+1").row("\0=1+1").toString()).isEqualTo("text\r\n'\t=1+1\r\n'\0=1+1\r\n");
    }
}

package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Indexes the words of questions stored before the word index existed.
 *
 * <p>
 * The tokenizer is a frozen copy of {@code SearchTerms} as it was when this migration was written, not a call to
 * it: a migration must mean the same on every database it ever runs on, and a later change to the live tokenizer
 * would otherwise make an old installation upgraded today index its questions differently from one upgraded
 * before the change. Questions the importer writes later are indexed by the live code; a change to it that should
 * reach stored questions needs a migration of its own.
 */
public class V4__BackfillQuestionSearchTerms extends BaseJavaMigration {

    private static final int MAX_TERM_LENGTH = 64;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{IsAlphabetic}\\p{IsDigit}]+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
                ResultSet questions = select.executeQuery("SELECT id, title, answer FROM question");
                PreparedStatement insert = context.getConnection()
                        .prepareStatement("INSERT INTO question_term (question_id, term) VALUES (?, ?)")) {
            while (questions.next()) {
                for (String term : terms(questions.getString("title"), questions.getString("answer"))) {
                    insert.setLong(1, questions.getLong("id"));
                    insert.setString(2, term);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static Set<String> terms(String title, String answer) {
        Set<String> terms = new LinkedHashSet<>();
        addWords(title, terms);
        addWords(answer, terms);
        return terms;
    }

    /** Lower-case letters and digits with accents folded, cut to the column's 64 characters. */
    private static void addWords(String text, Set<String> terms) {
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        NOT_WORD.splitAsStream(folded.toLowerCase(Locale.ROOT))
                .filter(word -> !word.isEmpty())
                .map(word -> word.length() > MAX_TERM_LENGTH ? word.substring(0, MAX_TERM_LENGTH) : word)
                .forEach(terms::add);
    }
}

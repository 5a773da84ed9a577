package db.migration;

import dev.studyportal.core.content.SearchTerms;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/** Indexes the words of questions stored before the word index existed, with the tokenizer the importer uses. */
public class V4__BackfillQuestionSearchTerms extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement select = context.getConnection().createStatement();
             ResultSet questions = select.executeQuery("SELECT id, title, answer FROM question");
             PreparedStatement insert = context.getConnection()
                     .prepareStatement("INSERT INTO question_term (question_id, term) VALUES (?, ?)")) {
            while (questions.next()) {
                for (String term : SearchTerms.of(questions.getString("title"), questions.getString("answer"))) {
                    insert.setLong(1, questions.getLong("id"));
                    insert.setString(2, term);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }
}

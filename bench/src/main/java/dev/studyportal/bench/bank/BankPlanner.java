package dev.studyportal.bench.bank;

import static dev.studyportal.bench.bank.Vocabulary.pick;

import dev.studyportal.bench.bank.PagePlan.QuestionPlan;
import dev.studyportal.bench.bank.PagePlan.SectionPlan;
import dev.studyportal.core.content.QuestionKey;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Lays a bank out: which page sits in which category folder, how many sections and questions it
 * has and what they are called. Pages hold uneven numbers of questions, as real ones do, but the
 * total is exactly the shape's.
 */
final class BankPlanner {

    private final BankShape shape;
    private final SplittableRandom random;

    private BankPlanner(BankShape shape) {
        this.shape = shape;
        this.random = new SplittableRandom(shape.seed());
    }

    static List<PagePlan> plan(BankShape shape) {
        return new BankPlanner(shape).pages();
    }

    /** The category folders in order: their file names and labels. */
    static List<String> categoryLabels(BankShape shape) {
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < shape.categories(); i++) {
            String label = Vocabulary.CATEGORIES.get(i % Vocabulary.CATEGORIES.size());
            labels.add(i < Vocabulary.CATEGORIES.size() ? label : label + " " + (i / Vocabulary.CATEGORIES.size() + 1));
        }
        return labels;
    }

    static String categoryFolder(int category, String label) {
        return String.format(Locale.ROOT, "%02d-%s", category + 1, QuestionKey.slug(label));
    }

    private List<PagePlan> pages() {
        List<String> categories = categoryLabels(shape);
        int[] questionsPerPage = questionsPerPage();
        List<PagePlan> pages = new ArrayList<>();
        int nextQuestion = 0;
        int[] pagesInCategory = new int[shape.categories()];
        for (int page = 0; page < shape.pages(); page++) {
            int category = (int) ((long) page * shape.categories() / shape.pages());
            int position = ++pagesInCategory[category];
            String concept = pick(random, Vocabulary.CONCEPTS);
            String topic = QuestionKey.slug(concept);
            String id = topic + "-" + (page + 1);
            String file = categoryFolder(category, categories.get(category)) + "/"
                    + String.format(Locale.ROOT, "%03d-%s.md", position, topic);
            String title =
                    Character.toUpperCase(concept.charAt(0)) + concept.substring(1) + " (set " + (page + 1) + ")";
            List<SectionPlan> sections = sections(nextQuestion, questionsPerPage[page]);
            nextQuestion += questionsPerPage[page];
            pages.add(new PagePlan(
                    file,
                    id,
                    title,
                    List.of(QuestionKey.slug(categories.get(category)), topic),
                    position,
                    random.nextInt(3) > 0,
                    sections,
                    random.nextInt(4) == 0));
        }
        return pages;
    }

    /** An even share each, then moved about in pairs so that the total stays exact. */
    private int[] questionsPerPage() {
        int[] counts = new int[shape.pages()];
        for (int page = 0; page < counts.length; page++) {
            counts[page] = shape.questions() / counts.length + (page < shape.questions() % counts.length ? 1 : 0);
        }
        for (int page = 0; page + 1 < counts.length; page += 2) {
            int moved = random.nextInt(counts[page]);
            counts[page] -= moved;
            counts[page + 1] += moved;
        }
        return counts;
    }

    private List<SectionPlan> sections(int firstQuestion, int questions) {
        int sectionCount = 1 + random.nextInt(Math.min(4, questions));
        List<String> titles = new ArrayList<>(Vocabulary.SECTION_TITLES);
        Set<String> questionTitles = new HashSet<>();
        List<SectionPlan> sections = new ArrayList<>();
        int question = firstQuestion;
        for (int section = 0; section < sectionCount; section++) {
            int remaining = firstQuestion + questions - question;
            int size = section == sectionCount - 1
                    ? remaining
                    : 1 + random.nextInt(remaining - (sectionCount - section - 1));
            List<QuestionPlan> plans = new ArrayList<>();
            for (int i = 0; i < size; i++, question++) {
                plans.add(new QuestionPlan(question, questionTitle(questionTitles)));
            }
            sections.add(new SectionPlan(titles.remove(random.nextInt(titles.size())), plans));
        }
        return sections;
    }

    /** Titles must differ within a page: a question's key is its page and the slug of its title. */
    private String questionTitle(Set<String> taken) {
        for (int attempt = 0; ; attempt++) {
            String title = String.format(
                    Locale.ROOT,
                    pick(random, Vocabulary.QUESTION_TEMPLATES),
                    pick(random, Vocabulary.CONCEPTS),
                    pick(random, Vocabulary.CONCEPTS),
                    pick(random, Vocabulary.CONTEXTS));
            if (attempt > 20) {
                title = title.substring(0, title.length() - 1) + " (case " + attempt + ")?";
            }
            if (taken.add(QuestionKey.slug(title))) {
                return Character.toUpperCase(title.charAt(0)) + title.substring(1);
            }
        }
    }
}

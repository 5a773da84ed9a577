package dev.studyportal.bench.bank;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * A Docusaurus question bank of any size written to a folder, the same files for the same shape,
 * for measuring the importer on more than the seed page. {@link #edit} rewrites answers as an
 * author would between two imports.
 */
public final class SyntheticBank {

    private final Path root;
    private final BankShape shape;
    private final List<PagePlan> pages;
    private final int[] revisions;
    private int edits;

    private SyntheticBank(Path root, BankShape shape) {
        this.root = root;
        this.shape = shape;
        this.pages = BankPlanner.plan(shape);
        this.revisions = new int[shape.questions()];
    }

    /** Writes the whole bank under {@code root}, which should be empty. */
    public static SyntheticBank write(Path root, BankShape shape) {
        SyntheticBank bank = new SyntheticBank(root, shape);
        bank.writeCategories();
        bank.pages.forEach(bank::writePage);
        return bank;
    }

    /**
     * Rewrites the answers of {@code fraction} of the questions, chosen from the seed and the number
     * of edits so far, so that a second edit touches other questions than the first.
     *
     * @return how many questions were rewritten
     */
    public Edit edit(double fraction) {
        if (fraction < 0 || fraction > 1) {
            throw new IllegalArgumentException("A fraction is between 0 and 1, not " + fraction);
        }
        int count = (int) Math.round(shape.questions() * fraction);
        Set<Integer> edited = choose(count, new SplittableRandom(shape.seed() * 31 + ++edits));
        edited.forEach(question -> revisions[question]++);
        List<PagePlan> touched = pages.stream()
                .filter(page -> page.sections().stream()
                        .flatMap(section -> section.questions().stream())
                        .anyMatch(question -> edited.contains(question.index())))
                .toList();
        touched.forEach(this::writePage);
        return new Edit(count, touched.size());
    }

    /** A partial Fisher-Yates shuffle: {@code count} distinct questions, each as likely as any other. */
    private Set<Integer> choose(int count, SplittableRandom random) {
        int[] order = IntStream.range(0, shape.questions()).toArray();
        Set<Integer> chosen = new HashSet<>();
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(order.length - i);
            int question = order[j];
            order[j] = order[i];
            order[i] = question;
            chosen.add(question);
        }
        return chosen;
    }

    /** What one {@link #edit} did. */
    public record Edit(int questions, int pages) {}

    public Path root() {
        return root;
    }

    public BankShape shape() {
        return shape;
    }

    private void writeCategories() {
        List<String> labels = BankPlanner.categoryLabels(shape);
        for (int category = 0; category < labels.size(); category++) {
            Path folder = root.resolve(BankPlanner.categoryFolder(category, labels.get(category)));
            write(
                    folder.resolve("_category_.json"),
                    "{\n  \"label\": \"" + labels.get(category) + "\",\n  \"position\": " + (category + 1) + "\n}\n");
        }
    }

    private void writePage(PagePlan page) {
        write(
                root.resolve(page.file()),
                PageWriter.render(page, question -> AnswerWriter.answer(shape.seed(), question, revisions[question])));
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}

package dev.studyportal.bench.bank;

import static dev.studyportal.bench.bank.Vocabulary.pick;

import java.util.SplittableRandom;

/**
 * Writes an answer as authors of interview banks do: an {@code **Answer:**} label, paragraphs,
 * bulleted lists with bold terms, a fenced code block in about a third and a GFM table in a few.
 * Each answer depends only on the seed, the question and its revision, so a bank can be
 * regenerated, or one answer rewritten, without touching the others.
 */
final class AnswerWriter {

    private static final double CODE_SHARE = 0.3;
    private static final double TABLE_SHARE = 0.05;

    private AnswerWriter() {}

    static String answer(long seed, int question, int revision) {
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + question * 7_919L + revision);
        String concept = pick(random, Vocabulary.CONCEPTS);
        StringBuilder text = new StringBuilder("**Answer:**\n");
        text.append(paragraph(random, concept, 2 + random.nextInt(3))).append("\n\n");
        text.append(bulletList(random)).append('\n');
        if (random.nextDouble() < CODE_SHARE) {
            text.append(codeBlock(random, concept)).append('\n');
        }
        if (random.nextDouble() < TABLE_SHARE) {
            text.append(table(random)).append('\n');
        }
        if (random.nextBoolean()) {
            text.append("**Key Insight**: ").append(sentence(random, concept)).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String paragraph(SplittableRandom random, String concept, int sentences) {
        StringBuilder paragraph = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                paragraph.append(' ');
            }
            paragraph.append(sentence(random, i == 0 ? concept : pick(random, Vocabulary.CONCEPTS)));
        }
        return paragraph.toString();
    }

    private static String sentence(SplittableRandom random, String concept) {
        String subject = Character.toUpperCase(concept.charAt(0)) + concept.substring(1);
        return switch (random.nextInt(4)) {
            case 0 -> subject + " " + pick(random, Vocabulary.CLAIMS) + ".";
            case 1 ->
                "In " + pick(random, Vocabulary.CONTEXTS) + ", " + concept + " " + pick(random, Vocabulary.CLAIMS)
                        + ".";
            case 2 ->
                subject + " " + pick(random, Vocabulary.CLAIMS) + ", so measure it with `" + identifier(random)
                        + "` before changing it.";
            default ->
                "Unlike " + pick(random, Vocabulary.CONCEPTS) + ", " + concept + " " + pick(random, Vocabulary.CLAIMS)
                        + " and " + pick(random, Vocabulary.CLAIMS) + ".";
        };
    }

    private static String bulletList(SplittableRandom random) {
        StringBuilder list =
                new StringBuilder("**").append(pick(random, Vocabulary.LABELS)).append(":**\n");
        int items = 3 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            String term = pick(random, Vocabulary.CONCEPTS);
            list.append("- **")
                    .append(Character.toUpperCase(term.charAt(0)))
                    .append(term.substring(1))
                    .append("**: ")
                    .append(pick(random, Vocabulary.CLAIMS))
                    .append('\n');
            if (random.nextInt(5) == 0) {
                list.append("  - especially in ")
                        .append(pick(random, Vocabulary.CONTEXTS))
                        .append('\n');
            }
        }
        return list.toString();
    }

    private static String codeBlock(SplittableRandom random, String concept) {
        String language = pick(random, Vocabulary.LANGUAGES);
        String name = identifier(random);
        String body = switch (language) {
            case "python" ->
                "def " + name + "(data, rate=0.01):\n    # " + concept + "\n"
                        + "    result = [x * rate for x in data if x is not None]\n    return sum(result) / max(len(result), 1)\n";
            case "java" ->
                "static double " + name + "(double[] data, double rate) {\n    // " + concept + "\n"
                        + "    return java.util.Arrays.stream(data).map(x -> x * rate).average().orElse(0);\n}\n";
            default ->
                "SELECT category, COUNT(*) AS " + name + "\nFROM events\nWHERE created_at > NOW() - INTERVAL "
                        + (1 + random.nextInt(30)) + " DAY\nGROUP BY category;\n";
        };
        return "```" + language + "\n" + body + "```\n";
    }

    private static String table(SplittableRandom random) {
        String first = pick(random, Vocabulary.CONCEPTS);
        String second = pick(random, Vocabulary.CONCEPTS);
        StringBuilder table = new StringBuilder("| Aspect | ")
                .append(first)
                .append(" | ")
                .append(second)
                .append(" |\n")
                .append("|---|---|---|\n");
        for (String aspect : new String[] {"Cost", "Latency", "Accuracy"}) {
            table.append("| ")
                    .append(aspect)
                    .append(" | ")
                    .append(pick(random, Vocabulary.CLAIMS))
                    .append(" | ")
                    .append(pick(random, Vocabulary.CLAIMS))
                    .append(" |\n");
        }
        return table.toString();
    }

    private static String identifier(SplittableRandom random) {
        String[] parts = {"score", "batch", "weights", "window", "loss", "rows", "cache", "delta"};
        return parts[random.nextInt(parts.length)] + "_" + parts[random.nextInt(parts.length)];
    }
}

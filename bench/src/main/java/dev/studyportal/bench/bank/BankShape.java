package dev.studyportal.bench.bank;

/**
 * How big a synthetic bank is and which one of its kind it is: the same shape and seed always
 * give the same files.
 */
public record BankShape(int pages, int questions, int categories, long seed) {

    /** A bank the size of a large real one: 1,000 pages in 20 folders holding 10,000 questions. */
    public static final BankShape FULL = new BankShape(1_000, 10_000, 20, 42);

    public BankShape {
        if (pages < 1 || categories < 1 || categories > pages) {
            throw new IllegalArgumentException(
                    "A bank needs at least one page per category: " + pages + " pages, " + categories + " categories");
        }
        if (questions < pages) {
            throw new IllegalArgumentException(
                    "Every page holds at least one question: " + questions + " questions for " + pages + " pages");
        }
    }
}

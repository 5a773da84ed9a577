package dev.studyportal.bench.bank;

import java.util.List;
import java.util.random.RandomGenerator;

/** The words synthetic pages are made of: an interview bank's topics, so answers read like answers. */
final class Vocabulary {

    static final List<String> CATEGORIES = List.of(
            "Machine Learning",
            "Deep Learning",
            "Statistics",
            "Linear Algebra",
            "Python",
            "SQL",
            "System Design",
            "Data Engineering",
            "Natural Language Processing",
            "Computer Vision",
            "Reinforcement Learning",
            "MLOps",
            "Probability",
            "Optimization",
            "Algorithms",
            "Distributed Systems",
            "Databases",
            "Java",
            "Networking",
            "Security");

    static final List<String> CONCEPTS = List.of(
            "gradient descent",
            "backpropagation",
            "regularization",
            "dropout",
            "batch normalization",
            "cross-validation",
            "feature scaling",
            "the bias-variance trade-off",
            "overfitting",
            "attention",
            "embeddings",
            "tokenization",
            "beam search",
            "transfer learning",
            "fine-tuning",
            "a hash index",
            "a B-tree index",
            "sharding",
            "replication",
            "consistent hashing",
            "a write-ahead log",
            "eventual consistency",
            "a message queue",
            "backpressure",
            "caching",
            "rate limiting",
            "a bloom filter",
            "dynamic programming",
            "a priority queue",
            "garbage collection",
            "a thread pool",
            "optimistic locking",
            "a covariance matrix",
            "eigenvectors",
            "the softmax function",
            "the learning rate schedule",
            "early stopping",
            "data augmentation",
            "a confusion matrix",
            "precision and recall",
            "the ROC curve",
            "a random forest",
            "gradient boosting",
            "k-means clustering",
            "principal component analysis",
            "a convolutional layer",
            "a residual connection",
            "Q-learning",
            "policy gradients",
            "a feature store",
            "model drift",
            "canary releases",
            "TLS handshakes",
            "connection pooling",
            "query planning",
            "a materialized view",
            "an idempotent consumer");

    static final List<String> CONTEXTS = List.of(
            "a small dataset",
            "production",
            "a latency-sensitive service",
            "a batch pipeline",
            "an imbalanced dataset",
            "a multi-tenant system",
            "mobile devices",
            "a streaming job",
            "a large language model",
            "a recommendation system",
            "a fraud detector",
            "an A/B test");

    static final List<String> QUESTION_TEMPLATES = List.of(
            "What is %1$s?",
            "How does %1$s differ from %2$s?",
            "When would you choose %1$s over %2$s?",
            "Explain %1$s in your own words.",
            "What are the trade-offs of %1$s in %3$s?",
            "How would you debug %1$s in %3$s?",
            "Why does %1$s matter for %3$s?",
            "Walk through how %1$s works step by step.");

    static final List<String> SECTION_TITLES = List.of(
            "Fundamentals",
            "Theory",
            "In Practice",
            "Trade-offs",
            "Pitfalls",
            "Advanced Topics",
            "Case Studies",
            "Implementation",
            "Evaluation",
            "Scaling");

    static final List<String> LABELS =
            List.of("Key Points", "Why It Matters", "Common Mistakes", "In Practice", "Trade-offs", "Example");

    static final List<String> CLAIMS = List.of(
            "reduces the variance of the estimate", "keeps the hot path free of locks",
            "trades memory for a shorter response time", "makes the result reproducible",
            "fails quietly when the input drifts", "needs careful tuning of its hyperparameters",
            "scales linearly with the number of rows", "hides a quadratic cost in the worst case",
            "is easy to explain to stakeholders", "depends on a well-chosen baseline",
            "converges faster with normalized inputs", "is sensitive to outliers",
            "only pays off above a certain volume", "turns a rare failure into a routine one");

    static final List<String> LANGUAGES = List.of("python", "java", "sql");

    private Vocabulary() {}

    static <T> T pick(RandomGenerator random, List<T> words) {
        return words.get(random.nextInt(words.size()));
    }
}

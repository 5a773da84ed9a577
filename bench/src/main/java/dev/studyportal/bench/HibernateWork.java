package dev.studyportal.bench;

import org.hibernate.stat.Statistics;

/**
 * What Hibernate did in one measured step, from its statistics: the entity and collection writes
 * it flushed, and the reads and statements that show where the time goes (an N+1 shows as many
 * more statements or collection fetches than queries).
 */
record HibernateWork(
        long entityInserts,
        long entityUpdates,
        long entityDeletes,
        long collectionWrites,
        long entityLoads,
        long collectionFetches,
        long queries,
        long statements,
        long flushes) {

    static void reset(Statistics statistics) {
        statistics.clear();
    }

    static HibernateWork since(Statistics statistics) {
        return new HibernateWork(
                statistics.getEntityInsertCount(),
                statistics.getEntityUpdateCount(),
                statistics.getEntityDeleteCount(),
                statistics.getCollectionRecreateCount()
                        + statistics.getCollectionUpdateCount()
                        + statistics.getCollectionRemoveCount(),
                statistics.getEntityLoadCount(),
                statistics.getCollectionFetchCount(),
                statistics.getQueryExecutionCount(),
                statistics.getPrepareStatementCount(),
                statistics.getFlushCount());
    }

    long entityWrites() {
        return entityInserts + entityUpdates + entityDeletes;
    }

    @Override
    public String toString() {
        return String.format(
                "hibernate: %d entity writes (%d insert, %d update, %d delete), %d collection writes;"
                        + " %d entities loaded, %d collections fetched, %d queries, %d JDBC statements prepared, %d flushes",
                entityWrites(),
                entityInserts,
                entityUpdates,
                entityDeletes,
                collectionWrites,
                entityLoads,
                collectionFetches,
                queries,
                statements,
                flushes);
    }
}

package org.fellowflow;

import jakarta.persistence.EntityManagerFactory;
import java.util.function.Supplier;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Hibernate's statistics of the application's persistence unit, counted around a piece of work. */
public final class HibernateStatistics {

    private HibernateStatistics() {
    }

    public static Statistics of(EntityManagerFactory entityManagerFactory) {
        return entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    }

    /** Clears the statistics, counts only while the work runs, and returns the work's result. */
    public static <T> T counting(Statistics statistics, Supplier<T> work) {
        statistics.clear();
        statistics.setStatisticsEnabled(true);
        try {
            return work.get();
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}

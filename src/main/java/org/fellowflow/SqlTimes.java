package org.fellowflow;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.SqlTypeValue;

/**
 * Times for statements sent through JDBC beside Hibernate's: bound the way Hibernate binds an entity's
 * {@link Instant}, so that a row written by plain SQL reads back through an entity as the same instant, on H2 and
 * on PostgreSQL.
 */
public final class SqlTimes {

    private SqlTimes() {
    }

    /** The instant as Hibernate 6 binds it: a timestamp with time zone, or a UTC timestamp where a driver has none. */
    public static SqlTypeValue timestamp(Instant instant) {
        return (statement, index, sqlType, typeName) -> {
            try {
                statement.setObject(index, instant, Types.TIMESTAMP_WITH_TIMEZONE);
            } catch (SQLException | AbstractMethodError unsupported) {
                statement.setTimestamp(index, Timestamp.from(instant),
                        Calendar.getInstance(TimeZone.getTimeZone("UTC")));
            }
        };
    }
}

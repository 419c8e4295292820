package jp.selfcare.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations apply cleanly to an empty H2 database (PostgreSQL is covered by the ITs). */
class MigrationsTest {

  @Test
  void migrateAnEmptyDatabaseAndAgainIsANoOp() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:migrations;DB_CLOSE_DELAY=-1");
    Flyway flyway =
        Flyway.configure()
            .dataSource(h2)
            .locations("classpath:db/migration", "classpath:db/vendor/h2")
            .load();

    MigrateResult first = flyway.migrate();
    MigrateResult second = flyway.migrate();

    assertThat(first.migrationsExecuted).isGreaterThanOrEqualTo(2);
    assertThat(second.migrationsExecuted).isZero();
    try (Connection c = h2.getConnection();
        ResultSet tables = c.getMetaData().getTables(null, "PUBLIC", "IP_NUMBER", null)) {
      assertThat(tables.next()).isTrue();
    }
  }
}

package jp.selfcare.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;

/**
 * Runs the Flyway migrations ({@code db/migration}, and {@code db/vendor/postgresql} or {@code
 * db/vendor/h2}) while the persistence unit starts, before Hibernate validates the mapping against
 * the schema. Running here, rather than in a startup bean, means no component can ever use the
 * persistence unit on an unmigrated schema, and a failing migration fails the deployment.
 */
public class FlywayMigrationIntegrator implements Integrator {

  private static final Logger LOG = Logger.getLogger(FlywayMigrationIntegrator.class.getName());

  @Override
  public void integrate(
      Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor factory) {
    DataSource dataSource =
        factory.getServiceRegistry().getService(ConnectionProvider.class).unwrap(DataSource.class);
    MigrateResult result =
        Flyway.configure(getClass().getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration", "classpath:db/vendor/" + vendor(dataSource))
            .failOnMissingLocations(true)
            // The batch job repository shares the database and creates its tables when the
            // server starts, before this deployment: start the history below V1 then.
            .baselineOnMigrate(true)
            .baselineVersion("0")
            .load()
            .migrate();
    LOG.info(
        () ->
            "schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The folder of the migrations that differ between the databases (partitioned tables on
   * PostgreSQL): {@code h2} or {@code postgresql}.
   */
  private static String vendor(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return "H2".equals(c.getMetaData().getDatabaseProductName()) ? "h2" : "postgresql";
    } catch (SQLException e) {
      throw new IllegalStateException("cannot tell which database the schema lives in", e);
    }
  }

  @Override
  public void disintegrate(
      SessionFactoryImplementor factory, SessionFactoryServiceRegistry serviceRegistry) {
    // Nothing to undo: migrations stay applied.
  }
}

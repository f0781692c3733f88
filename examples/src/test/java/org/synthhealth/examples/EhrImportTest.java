package org.synthhealth.examples;

import static org.synthhealth.assertj.SynthAssertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.synthhealth.core.Cohort;
import org.synthhealth.core.model.Patient;
import org.synthhealth.junit.SyntheticPatients;

/**
 * An annotation-driven EHR import test: the class declares the cohort once, every test receives it, and the cohort
 * is generated once for all of them.
 */
@SyntheticPatients(count = 200, seed = 20240315L)
class EhrImportTest {

    @Test
    void theCohortIsSoundBeforeWeImportIt(Cohort cohort) {
        assertThat(cohort).hasSize(200).hasReferentialIntegrity().hasPlausibleTimelines();
    }

    @Test
    void importsEveryPatientOnceKeyedByMrn(Cohort cohort) throws SQLException {
        try (Connection ehr = DriverManager.getConnection("jdbc:h2:mem:ehr-import;DB_CLOSE_DELAY=-1")) {
            importRegistrations(ehr, cohort);

            assertThat(count(ehr, "SELECT COUNT(*) FROM registration")).isEqualTo(200);
            assertThat(count(ehr, "SELECT COUNT(DISTINCT mrn) FROM registration")).isEqualTo(200);
            assertThat(count(ehr, "SELECT COUNT(*) FROM registration WHERE LENGTH(mrn) <> 10")).isZero();
        }
    }

    @Nested
    @SyntheticPatients(count = 40)
    class SmallerBatch {

        @Test
        void nestedClassesOverrideTheCountAndKeepTheSeed(Cohort cohort) {
            assertThat(cohort).hasSize(40);
            assertThat(cohort.seed()).isEqualTo(20240315L);
        }
    }

    private static void importRegistrations(Connection ehr, Cohort cohort) throws SQLException {
        try (Statement ddl = ehr.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS registration");
            ddl.execute("CREATE TABLE registration (mrn VARCHAR(10) PRIMARY KEY, family VARCHAR(80), "
                    + "birth_date DATE, sex CHAR(1))");
        }
        try (PreparedStatement insert = ehr.prepareStatement("INSERT INTO registration VALUES (?, ?, ?, ?)")) {
            for (Patient p : cohort.patients()) {
                insert.setString(1, p.demographics().mrn());
                insert.setString(2, p.demographics().lastName());
                insert.setObject(3, p.demographics().birthDate());
                insert.setString(4, p.demographics().sex().code());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static long count(Connection ehr, String sql) throws SQLException {
        try (Statement s = ehr.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}

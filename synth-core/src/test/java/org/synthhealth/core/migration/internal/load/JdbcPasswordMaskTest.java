package org.synthhealth.core.migration.internal.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcPasswordMaskTest {

    @Test
    void hidesAPasswordQueryParameter() {
        String url = "jdbc:postgresql://127.0.0.1:5432/db?user=synth&password=s3cr%26t&ssl=false";

        assertThat(JdbcPasswordMask.hide(url))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/db?user=synth&password=***&ssl=false");
    }

    @Test
    void hidesPasswordPropertiesInAnyCaseAndPosition() {
        assertThat(JdbcPasswordMask.hide("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=secret;MODE=Oracle"))
                .isEqualTo("jdbc:h2:file:/tmp/x;USER=sa;PASSWORD=***;MODE=Oracle");
        assertThat(JdbcPasswordMask.hide("jdbc:postgresql://h/db?password=secret&sslpassword=other"))
                .isEqualTo("jdbc:postgresql://h/db?password=***&sslpassword=***");
        assertThat(JdbcPasswordMask.hide("jdbc:sqlserver://h;user=sa;pwd=secret"))
                .isEqualTo("jdbc:sqlserver://h;user=sa;pwd=***");
    }

    @Test
    void hidesTheUserInfoPassword() {
        assertThat(JdbcPasswordMask.hide("jdbc:mysql://synth:secret@127.0.0.1:3306/db"))
                .isEqualTo("jdbc:mysql://synth:***@127.0.0.1:3306/db");
        assertThat(JdbcPasswordMask.hide("jdbc:oracle:thin:scott/tiger@//db.example:1521/orcl"))
                .isEqualTo("jdbc:oracle:thin:scott/***@//db.example:1521/orcl");
    }

    @Test
    void hidesPasswordsInsideAMessageAndLeavesTheRestAlone() {
        String message = "migration target 'jdbc:postgresql://127.0.0.1:5432/db?user=synth&password=synth': cannot "
                + "connect (FATAL: password authentication failed for user \"synth\")";

        assertThat(JdbcPasswordMask.hide(message)).isEqualTo("migration target "
                + "'jdbc:postgresql://127.0.0.1:5432/db?user=synth&password=***': cannot connect (FATAL: password "
                + "authentication failed for user \"synth\")");
        assertThat(JdbcPasswordMask.hide("jdbc:h2:file:/tmp/oracle_health_target"))
                .isEqualTo("jdbc:h2:file:/tmp/oracle_health_target");
        assertThat(JdbcPasswordMask.hide(null)).isNull();
    }
}

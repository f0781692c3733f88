package org.synthhealth.core.migration.internal.load;

import java.util.regex.Pattern;

/**
 * Hides the passwords in text that quotes a JDBC URL, so that error messages and logs can name the target database
 * without giving away its credentials.
 *
 * <p>Three forms are masked with {@code ***}: a {@code password=} (or {@code pwd=}, {@code sslpassword=}, any case)
 * property after {@code ?}, {@code &} or {@code ;} ({@code jdbc:postgresql://h/db?user=u&password=p},
 * {@code jdbc:h2:file:x;PASSWORD=p}); a {@code user:password@} authority ({@code jdbc:mysql://u:p@h/db}); and
 * Oracle's {@code user/password@} ({@code jdbc:oracle:thin:u/p@//h:1521/s}). Everything else is left as it was.
 */
public final class JdbcPasswordMask {

    private static final String HIDDEN = "***";

    private static final Pattern PROPERTY = Pattern.compile(
            "(?i)([?&;]\\s*[a-z_]*(?:password|pwd)\\s*=)[^&;\\s'\"()]*");

    private static final Pattern AUTHORITY = Pattern.compile("(//[^/@:\\s'\"]*:)[^@/\\s'\"]*@");

    private static final Pattern ORACLE = Pattern.compile("(?i)(jdbc:oracle:[a-z0-9]+:[^/@:\\s'\"]*/)[^@\\s'\"]*@");

    private JdbcPasswordMask() {
    }

    /** {@code text} with every password of a JDBC URL in it replaced by {@code ***}; {@code null} stays null. */
    public static String hide(String text) {
        if (text == null) {
            return null;
        }
        String masked = PROPERTY.matcher(text).replaceAll("$1" + HIDDEN);
        masked = AUTHORITY.matcher(masked).replaceAll("$1" + HIDDEN + "@");
        return ORACLE.matcher(masked).replaceAll("$1" + HIDDEN + "@");
    }
}

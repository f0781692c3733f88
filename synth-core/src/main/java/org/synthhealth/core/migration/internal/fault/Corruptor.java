package org.synthhealth.core.migration.internal.fault;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.internal.target.ColumnKind;
import org.synthhealth.core.migration.internal.target.TargetPatient;

/**
 * Applies {@code data_corruption_rate}: with that chance a patient has one field really changed in flight, one of a
 * truncated name, a shifted date, a dropped code, a wrong code or a broken reference. Whether validation notices
 * depends on the change and on the strictness; reconciliation notices every change that reaches the target.
 */
public final class Corruptor {

    private static final List<String> KINDS =
            List.of("truncated_name", "shifted_date", "dropped_code", "wrong_code", "broken_reference");

    private final Dice dice;
    private final double rate;

    public Corruptor(Dice dice, double rate) {
        this.dice = dice;
        this.rate = rate;
    }

    /** Corrupts the patient when the die says so, returning what was done. */
    public Optional<Fault> apply(TargetPatient patient, int attempt) {
        long dfn = patient.dfn();
        if (!dice.strikes(rate, dfn, "corruption", attempt)) {
            return Optional.empty();
        }
        String kind = KINDS.get(dice.pick(KINDS.size(), dfn, "corruption.kind", attempt));
        return apply(kind, patient, attempt).map(detail -> new Fault("corruption." + kind, MigrationStage.TRANSFORM,
                detail));
    }

    Optional<String> apply(String kind, TargetPatient patient, int attempt) {
        long dfn = patient.dfn();
        return switch (kind) {
            case "truncated_name" -> pick(RowPicker.fields(patient, c -> c.kind() == ColumnKind.NAME
                    && !c.name().equals("NAME_MIDDLE")), dfn, attempt).map(f -> {
                        String name = (String) f.row().get(f.column());
                        String cut = name.substring(0, 1 + dice.pick(Math.max(1, name.length() - 1), dfn,
                                "corruption.cut", attempt));
                        f.row().set(f.column(), cut);
                        return f.name() + " truncated to '" + cut + "'";
                    });
            case "shifted_date" -> pick(RowPicker.fields(patient, c -> c.kind() == ColumnKind.DATE
                    || c.kind() == ColumnKind.TIMESTAMP), dfn, attempt).map(f -> {
                        int days = (1 + dice.pick(3650, dfn, "corruption.days", attempt))
                                * (dice.roll(dfn, "corruption.sign", attempt) < 0.5 ? -1 : 1);
                        Object value = f.row().get(f.column());
                        f.row().set(f.column(), value instanceof LocalDate d ? d.plusDays(days)
                                : ((LocalDateTime) value).plusDays(days));
                        return f.name() + " shifted by " + days + " days";
                    });
            case "dropped_code" -> pick(RowPicker.fields(patient, c -> c.kind() == ColumnKind.CODE), dfn, attempt)
                    .map(f -> {
                        f.row().set(f.column(), null);
                        return f.name() + " dropped";
                    });
            case "wrong_code" -> pick(RowPicker.fields(patient, c -> c.kind() == ColumnKind.CODE), dfn, attempt)
                    .map(f -> {
                        String code = (String) f.row().get(f.column());
                        String wrong = dice.roll(dfn, "corruption.malformed", attempt) < 0.5 ? code + "#"
                                : nextCode(code);
                        f.row().set(f.column(), wrong);
                        return f.name() + " '" + code + "' replaced by '" + wrong + "'";
                    });
            default -> pick(RowPicker.fields(patient, c -> c.kind() == ColumnKind.ENCOUNTER_REF
                    || c.kind() == ColumnKind.PERSON_REF), dfn, attempt).map(f -> {
                        long broken = (Long) f.row().get(f.column()) + 1_000_000_000L;
                        f.row().set(f.column(), broken);
                        return f.name() + " points at missing " + broken;
                    });
        };
    }

    /** A code of the same shape: the last digit or letter moved on by one, so format checks cannot tell. */
    static String nextCode(String code) {
        char[] chars = code.toCharArray();
        for (int i = chars.length - 1; i >= 0; i--) {
            char c = chars[i];
            if (Character.isDigit(c)) {
                chars[i] = c == '9' ? '0' : (char) (c + 1);
                return new String(chars);
            }
            if (c >= 'A' && c <= 'Z') {
                chars[i] = c == 'Z' ? 'A' : (char) (c + 1);
                return new String(chars);
            }
        }
        return code + "0";
    }

    private <T> Optional<T> pick(List<T> fields, long dfn, int attempt) {
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fields.get(dice.pick(fields.size(), dfn, "corruption.field", attempt)));
    }
}

package org.synthhealth.core.migration.internal.fault;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.migration.MigrationStage;
import org.synthhealth.core.migration.internal.target.ColumnKind;
import org.synthhealth.core.migration.internal.target.TargetPatient;
import org.synthhealth.core.migration.internal.target.TargetRow;
import org.synthhealth.core.migration.internal.target.TargetTable;

/**
 * Applies {@code quality_degradation_rate}: at each stage a patient passes, with that chance one quiet loss happens
 * (a middle name dropped, a time of day lost, a clinical row lost). Validation is not meant to see these; only
 * reconciliation does, so they lower the quality score of migrated patients.
 */
public final class Degrader {

    private static final List<String> KINDS = List.of("dropped_middle_name", "time_truncated", "lost_row");
    private static final List<TargetTable> LOSABLE = List.of(TargetTable.PROBLEM, TargetTable.ALLERGY,
            TargetTable.ORDERS, TargetTable.CLINICAL_EVENT, TargetTable.DIAGNOSIS);

    private final Dice dice;
    private final double rate;

    public Degrader(Dice dice, double rate) {
        this.dice = dice;
        this.rate = rate;
    }

    /** Degrades the patient after {@code stage} when the die says so, returning what was lost. */
    public Optional<Fault> apply(TargetPatient patient, MigrationStage stage, int attempt) {
        long dfn = patient.dfn();
        String purpose = "degradation." + stage.label();
        if (!dice.strikes(rate, dfn, purpose, attempt)) {
            return Optional.empty();
        }
        int first = dice.pick(KINDS.size(), dfn, purpose + ".kind", attempt);
        for (int i = 0; i < KINDS.size(); i++) {
            String kind = KINDS.get((first + i) % KINDS.size());
            Optional<String> detail = degrade(kind, patient, purpose, attempt);
            if (detail.isPresent()) {
                return Optional.of(new Fault("degradation." + kind, stage, detail.get()));
            }
        }
        return Optional.empty();
    }

    private Optional<String> degrade(String kind, TargetPatient patient, String purpose, int attempt) {
        long dfn = patient.dfn();
        switch (kind) {
            case "dropped_middle_name" -> {
                if (patient.person().get("NAME_MIDDLE") == null) {
                    return Optional.empty();
                }
                patient.person().set("NAME_MIDDLE", null);
                return Optional.of("PERSON.NAME_MIDDLE dropped");
            }
            case "time_truncated" -> {
                List<RowPicker.Field> times = RowPicker.fields(patient, c -> c.kind() == ColumnKind.TIMESTAMP)
                        .stream().filter(f -> !((LocalDateTime) f.row().get(f.column())).toLocalTime()
                                .equals(java.time.LocalTime.MIDNIGHT)).toList();
                if (times.isEmpty()) {
                    return Optional.empty();
                }
                RowPicker.Field field = times.get(dice.pick(times.size(), dfn, purpose + ".field", attempt));
                LocalDateTime value = (LocalDateTime) field.row().get(field.column());
                field.row().set(field.column(), value.toLocalDate().atStartOfDay());
                return Optional.of(field.name() + " lost its time of day");
            }
            default -> {
                List<TargetRow> rows = new ArrayList<>();
                LOSABLE.forEach(table -> rows.addAll(patient.rows(table)));
                if (rows.isEmpty()) {
                    return Optional.empty();
                }
                TargetRow lost = rows.get(dice.pick(rows.size(), dfn, purpose + ".row", attempt));
                patient.rows(lost.table()).remove(lost);
                return Optional.of(lost.table() + " row " + lost.id() + " lost");
            }
        }
    }
}

package org.synthhealth.core.generate.clinical;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.synthhealth.core.generate.codes.Drug;
import org.synthhealth.core.generate.codes.DrugAllergies;
import org.synthhealth.core.generate.codes.DrugApprovals;
import org.synthhealth.core.generate.codes.Drugs;
import org.synthhealth.core.model.Code;

/**
 * Turns the drug a regimen plans into the one a patient can take on a day: a drug ruled out by one of the patient's
 * allergies, or not yet approved in the US, gives way to its substitute, and that one is checked the same way. When
 * the substitutes run out nothing is prescribed, so the condition goes without that drug; no random draw is taken,
 * so the choice leaves the rest of the record as it was.
 */
final class DrugChoice {

    private DrugChoice() {
    }

    static Optional<Drug> forPatient(Drug planned, List<Code> allergies, LocalDate start) {
        Optional<Drug> drug = Optional.of(planned);
        while (drug.isPresent() && !canTake(drug.get(), allergies, start)) {
            drug = Drugs.substituteFor(drug.get());
        }
        return drug;
    }

    private static boolean canTake(Drug drug, List<Code> allergies, LocalDate start) {
        return DrugApprovals.available(drug, start) && !DrugAllergies.rulesOut(allergies, drug);
    }
}

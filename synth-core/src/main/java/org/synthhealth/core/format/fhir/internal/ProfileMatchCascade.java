package org.synthhealth.core.format.fhir.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CanonicalType;
import org.synthhealth.core.format.fhir.ValidationIssue;
import org.synthhealth.core.format.fhir.ValidationIssue.Category;

/**
 * Recognises the errors a bundle's references inherit from the offline VSAC class.
 *
 * <p>When HAPI validates a bundle it checks each reference's target entry against the reference's target profiles,
 * so a Patient that fails only the VSAC race binding makes every {@code subject} pointing at it fail with "Unable to
 * find a profile match". Such an error belongs to the VSAC class exactly when the target entry claims one of the
 * target profiles and has no error of its own except VSAC-class errors and such inherited ones. Anything else stays
 * an error.
 */
public final class ProfileMatchCascade {

    private static final Pattern ENTRY = Pattern.compile("^Bundle\\.entry\\[(\\d+)]");
    private static final Pattern NO_MATCH =
            Pattern.compile("^Unable to find a profile match for (\\S+) among choices: (.*)$", Pattern.DOTALL);

    private ProfileMatchCascade() {
    }

    /** The issues with inherited profile-match errors moved to the VSAC class. */
    public static List<ValidationIssue> reclassify(Bundle bundle, List<ValidationIssue> issues) {
        Map<String, Integer> entryByUrl = new HashMap<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            entryByUrl.put(bundle.getEntry().get(i).getFullUrl(), i);
        }
        Set<Integer> clean = new HashSet<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            clean.add(i);
        }
        for (ValidationIssue issue : issues) {
            if (issue.isError() && target(issue, bundle, entryByUrl) < 0) {
                clean.remove(entry(issue));
            }
        }
        // Greatest fixed point: an entry stays clean while every profile-match error it has points at a clean entry.
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ValidationIssue issue : issues) {
                int source = entry(issue);
                if (issue.isError() && clean.contains(source)
                        && !clean.contains(target(issue, bundle, entryByUrl))) {
                    clean.remove(source);
                    changed = true;
                }
            }
        }
        List<ValidationIssue> out = new ArrayList<>(issues.size());
        for (ValidationIssue issue : issues) {
            int target = target(issue, bundle, entryByUrl);
            if (issue.isError() && target >= 0 && clean.contains(target)) {
                out.add(new ValidationIssue(issue.severity(), Category.OFFLINE_VSAC_BINDING, issue.location(),
                        issue.message()));
            } else {
                out.add(issue);
            }
        }
        return out;
    }

    private static int entry(ValidationIssue issue) {
        Matcher matcher = ENTRY.matcher(issue.location());
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    // The entry a profile-match error points at, when that entry claims one of the profiles offered; else -1.
    private static int target(ValidationIssue issue, Bundle bundle, Map<String, Integer> entryByUrl) {
        Matcher matcher = NO_MATCH.matcher(issue.message());
        if (!matcher.find()) {
            return -1;
        }
        Integer target = entryByUrl.get(matcher.group(1));
        if (target == null) {
            return -1;
        }
        Set<String> choices = new HashSet<>();
        for (String choice : matcher.group(2).split(",")) {
            choices.add(choice.strip().replaceAll("\\|.*$", ""));
        }
        for (CanonicalType claimed : bundle.getEntry().get(target).getResource().getMeta().getProfile()) {
            if (choices.contains(claimed.getValue())) {
                return target;
            }
        }
        return -1;
    }
}

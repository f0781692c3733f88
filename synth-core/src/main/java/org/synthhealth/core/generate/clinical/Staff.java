package org.synthhealth.core.generate.clinical;

import java.util.List;
import org.synthhealth.core.model.EncounterClass;
import org.synthhealth.core.model.Ids;

/**
 * Who saw the patient and where: a primary-care clinician and clinic for office visits, a hospitalist and the city's
 * hospital for emergency visits and admissions. All names are invented.
 */
final class Staff {

    private static final List<String> CLINICIANS = List.of("Avery Quinn, MD", "Jordan Ellis, MD",
            "Morgan Reyes, DO", "Casey Whitfield, NP", "Riley Okafor, MD", "Taylor Nakamura, MD",
            "Jamie Lindqvist, PA-C", "Dana Ferreira, MD", "Skyler Abernathy, DO", "Quinn Delacroix, MD",
            "Rowan Iyer, MD", "Emerson Vasquez, NP");
    private static final List<String> HOSPITALISTS = List.of("Alex Brennan, MD", "Sam Kowalski, MD",
            "Charlie Mbeki, DO", "Drew Santangelo, MD");

    private Staff() {
    }

    static String provider(Chart chart, Visit visit) {
        long h = Ids.mix(chart.seed ^ Ids.mix(chart.index));
        if (hospital(visit)) {
            return HOSPITALISTS.get((int) Math.floorMod(h + visit.sequence, (long) HOSPITALISTS.size()));
        }
        return CLINICIANS.get((int) Math.floorMod(h, (long) CLINICIANS.size()));
    }

    static String facility(Chart chart, Visit visit) {
        String city = chart.demographics.address().city();
        return hospital(visit) ? city + " General Hospital" : city + " Community Health Center";
    }

    private static boolean hospital(Visit visit) {
        return visit.encounterClass == EncounterClass.EMERGENCY || visit.encounterClass == EncounterClass.INPATIENT;
    }
}

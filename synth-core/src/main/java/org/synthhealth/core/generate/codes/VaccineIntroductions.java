package org.synthhealth.core.generate.codes;

import java.time.LocalDate;
import java.util.Map;
import org.synthhealth.core.model.Code;

/**
 * The day each vaccine in {@link Vaccines} became available in the US; no dose is given before it.
 *
 * <p>The date is that of the first US licence (or emergency use authorisation) of the kind of vaccine the CVX code
 * names: the first influenza vaccine for the seasonal influenza code, the plasma-derived hepatitis B vaccine for the
 * paediatric hepatitis B code. Later formulations that the codes strictly describe (preservative free, for example)
 * are not dated separately. Where only the year is well known the date is the first of January of that year. The
 * table with its sources is in {@code docs/guide/engine.md}.
 *
 * <pre>{@code
 * VaccineIntroductions.of(Vaccines.MMR);                                   // 1971-01-01
 * VaccineIntroductions.available(Vaccines.MMR, LocalDate.of(1968, 5, 1));  // false
 * }</pre>
 */
public final class VaccineIntroductions {

    private static final Map<String, LocalDate> BY_CVX = Map.ofEntries(
            Map.entry(Vaccines.FLU.code(), LocalDate.of(1945, 1, 1)),
            Map.entry(Vaccines.FLU_QUADRIVALENT.code(), LocalDate.of(2012, 12, 14)),
            Map.entry(Vaccines.TD.code(), LocalDate.of(1953, 1, 1)),
            Map.entry(Vaccines.TDAP.code(), LocalDate.of(2005, 5, 3)),
            Map.entry(Vaccines.PPSV23.code(), LocalDate.of(1983, 1, 1)),
            Map.entry(Vaccines.PCV13.code(), LocalDate.of(2010, 2, 24)),
            Map.entry(Vaccines.PCV20.code(), LocalDate.of(2021, 6, 8)),
            Map.entry(Vaccines.HEPB_PEDIATRIC.code(), LocalDate.of(1981, 11, 16)),
            Map.entry(Vaccines.MMR.code(), LocalDate.of(1971, 1, 1)),
            Map.entry(Vaccines.VARICELLA.code(), LocalDate.of(1995, 3, 17)),
            Map.entry(Vaccines.HPV4.code(), LocalDate.of(2006, 6, 8)),
            Map.entry(Vaccines.HPV9.code(), LocalDate.of(2014, 12, 10)),
            Map.entry(Vaccines.ZOSTER_LIVE.code(), LocalDate.of(2006, 5, 25)),
            Map.entry(Vaccines.ZOSTER_RECOMBINANT.code(), LocalDate.of(2017, 10, 20)),
            Map.entry(Vaccines.COVID_MRNA.code(), LocalDate.of(2020, 12, 11)),
            Map.entry(Vaccines.COVID_UNSPECIFIED.code(), LocalDate.of(2020, 12, 11)));

    private VaccineIntroductions() {
    }

    /**
     * The first day {@code vaccine} could be given in the US.
     *
     * @throws IllegalArgumentException when the vaccine is not one of {@link Vaccines}
     */
    public static LocalDate of(Code vaccine) {
        LocalDate date = BY_CVX.get(vaccine.code());
        if (date == null) {
            throw new IllegalArgumentException("CVX " + vaccine.code() + " (" + vaccine.display()
                    + ") has no introduction date; add one to VaccineIntroductions");
        }
        return date;
    }

    /** Whether {@code vaccine} existed in the US on {@code date}. */
    public static boolean available(Code vaccine, LocalDate date) {
        return !date.isBefore(of(vaccine));
    }
}

package org.synthhealth.core.generate.codes;

import org.synthhealth.core.model.Code;
import org.synthhealth.core.model.CodeSystem;

/** CVX vaccine codes from {@code reference/codes.md}, and one (PCV20) checked against the CDC table where noted. */
public final class Vaccines {

    /** Seasonal influenza, injectable, preservative free. */
    public static final Code FLU = cvx("140", "Influenza, seasonal, injectable, preservative free");
    /** Quadrivalent influenza, used from the 2013-14 to the 2023-24 season. */
    public static final Code FLU_QUADRIVALENT = cvx("150", "Influenza, injectable, quadrivalent, preservative free");
    public static final Code TDAP = cvx("115", "Tdap (tetanus, reduced diphtheria, acellular pertussis), adsorbed");
    public static final Code TD = cvx("113", "Td adult preservative free");
    public static final Code PCV13 = cvx("133", "pneumococcal conjugate vaccine, 13 valent");
    /**
     * 20-valent pneumococcal conjugate vaccine, for adults from ACIP's recommendation of October 2021. Licensed after
     * {@code reference/codes.md}'s CVX table was taken (2019), so checked against two published copies of the CDC CVX
     * table instead (its short name there is PCV20; CPT 90677 maps to it).
     */
    public static final Code PCV20 = cvx("216", "pneumococcal conjugate vaccine, 20 valent");
    public static final Code PPSV23 = cvx("33", "pneumococcal polysaccharide vaccine, 23 valent");
    public static final Code HEPB_PEDIATRIC = cvx("08", "hepatitis B vaccine, pediatric or pediatric/adolescent "
            + "dosage");
    public static final Code MMR = cvx("03", "measles, mumps and rubella virus vaccine");
    public static final Code VARICELLA = cvx("21", "varicella virus vaccine");
    public static final Code HPV4 = cvx("62", "HPV quadrivalent");
    public static final Code HPV9 = cvx("165", "HPV 9-valent");
    public static final Code ZOSTER_LIVE = cvx("121", "zoster live");
    public static final Code ZOSTER_RECOMBINANT = cvx("187", "zoster recombinant");
    /** The COVID-19 mRNA formulation authorised from 12 years of age. */
    public static final Code COVID_MRNA = cvx("208", "SARS-COV-2 mRNA vaccine, 30 mcg/0.3 mL, preservative free");
    /**
     * A COVID-19 vaccine of unspecified formulation: used for children under 12, whose lower-dose paediatric
     * formulations have CVX codes that the verified table does not hold, and which 208 (the 30 mcg dose) would
     * misstate.
     */
    public static final Code COVID_UNSPECIFIED = cvx("213", "SARS-COV-2 vaccine, unspecified formulation");

    private Vaccines() {
    }

    private static Code cvx(String code, String display) {
        return Code.of(CodeSystem.CVX, code, display);
    }
}

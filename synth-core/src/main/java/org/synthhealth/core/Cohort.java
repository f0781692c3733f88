package org.synthhealth.core;

import ca.uhn.hl7v2.model.Message;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.hl7.fhir.r4.model.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.format.FixtureWriter;
import org.synthhealth.core.format.fhir.FhirBundleMapper;
import org.synthhealth.core.format.hl7.Hl7Messages;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.VistaFormat;
import org.synthhealth.core.format.vista.ZwrReader;
import org.synthhealth.core.generate.CohortGenerator;
import org.synthhealth.core.generate.people.SocialHistoryReach;
import org.synthhealth.core.model.Patient;

/**
 * An immutable generated cohort held in memory, for tests: its spec, its resolved seed and its patients in index
 * order, with the same patients as FHIR bundles, HL7 messages and VistA globals. Safe to share between threads.
 *
 * <p>The derived views ({@link #fhirBundles()}, {@link #adtMessages()}, {@link #vistaGlobals()}) are built on first
 * use and then kept. The lists are unmodifiable, but HAPI's bundles and messages are mutable objects shared by every
 * caller: treat them as read-only, and copy one ({@code bundle.copy()}) before changing it.
 */
public final class Cohort {

    private static final Logger LOG = LoggerFactory.getLogger(Cohort.class);

    private final CohortSpec spec;
    private final long seed;
    private final List<Patient> patients;
    private final Lazy<List<Bundle>> fhirBundles = new Lazy<>(this::buildFhirBundles);
    private final Lazy<List<Message>> adtMessages = new Lazy<>(this::buildAdtMessages);
    private final Lazy<List<Message>> oruMessages = new Lazy<>(this::buildOruMessages);
    private final Lazy<List<GlobalNode>> vistaGlobals = new Lazy<>(this::buildVistaGlobals);

    Cohort(CohortSpec spec, long seed, List<Patient> patients) {
        this.spec = spec;
        this.seed = seed;
        this.patients = List.copyOf(patients);
    }

    /**
     * A cohort of patients made elsewhere (hand-built, or changed copies of generated ones), so the assertions and
     * derived views work on them too. The patients must belong to {@code spec} and {@code seed} for ids to agree.
     */
    public static Cohort of(CohortSpec spec, long seed, List<Patient> patients) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(patients, "patients");
        return new Cohort(spec, seed, patients);
    }

    /**
     * Generates a cohort in memory: resolves the seed (drawing a fresh one when the spec has none, see
     * {@link Seeds}) and makes every patient of the spec. For large cohorts stream with
     * {@link org.synthhealth.core.generate.CohortGenerator} instead. The spec was checked when it was built.
     */
    public static Cohort generate(CohortSpec spec) {
        Objects.requireNonNull(spec, "spec");
        SocialHistoryReach.notes(spec).forEach(note -> LOG.warn("{}", note));
        long seed = Seeds.resolve(spec);
        List<Patient> patients = new ArrayList<>(spec.numRecords());
        try {
            new CohortGenerator(spec, seed).forEach(patients::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Cohort(spec, seed, patients);
    }

    /** The spec the cohort was generated from. */
    public CohortSpec spec() {
        return spec;
    }

    /** The seed the cohort was generated with (drawn fresh when the spec had none). */
    public long seed() {
        return seed;
    }

    /** How many patients the cohort holds. */
    public int size() {
        return patients.size();
    }

    /** The patients, in index order. */
    public List<Patient> patients() {
        return patients;
    }

    /**
     * One FHIR R4 transaction bundle per patient, in index order, claiming US Core 6.1.0 profiles; the same bundles
     * the {@code fhir} format writes.
     */
    public List<Bundle> fhirBundles() {
        return fhirBundles.get();
    }

    /** One HL7 v2.5.1 ADT^A04 message per patient, in index order. */
    public List<Message> adtMessages() {
        return adtMessages.get();
    }

    /** The HL7 v2.5.1 ORU^R01 messages, one per laboratory draw, patient by patient in index order. */
    public List<Message> oruMessages() {
        return oruMessages.get();
    }

    /** The cohort as VistA FileMan global nodes, in the order the {@code vista} format writes them. */
    public List<GlobalNode> vistaGlobals() {
        return vistaGlobals.get();
    }

    private List<Bundle> buildFhirBundles() {
        return List.copyOf(new FhirBundleMapper().transactions(patients));
    }

    private List<Message> buildAdtMessages() {
        Hl7Messages hl7 = new Hl7Messages();
        List<Message> messages = new ArrayList<>(patients.size());
        for (Patient patient : patients) {
            messages.add(hl7.adt(patient));
        }
        return Collections.unmodifiableList(messages);
    }

    private List<Message> buildOruMessages() {
        Hl7Messages hl7 = new Hl7Messages();
        List<Message> messages = new ArrayList<>();
        for (Patient patient : patients) {
            messages.addAll(hl7.oru(patient));
        }
        return Collections.unmodifiableList(messages);
    }

    /** Written through the vista format and read back, so the nodes are exactly those of the ZWR file. */
    private List<GlobalNode> buildVistaGlobals() {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("synth-vista-");
            try (FixtureWriter writer = new VistaFormat().open(dir, spec, seed)) {
                for (Patient patient : patients) {
                    writer.write(patient);
                }
                writer.finish();
                writer.commit();
            }
            try (Stream<GlobalNode> nodes = ZwrReader.nodes(dir.resolve(VistaFormat.FILE_NAME))) {
                return nodes.toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("building the VistA globals of the cohort failed", e);
        } finally {
            deleteQuietly(dir);
        }
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary directory is harmless; the globals were read already.
        }
    }

    /** A value computed on first use, once, then shared; safe for concurrent callers. */
    private static final class Lazy<T> {

        private final Supplier<T> compute;
        private volatile T value;

        Lazy(Supplier<T> compute) {
            this.compute = compute;
        }

        T get() {
            T result = value;
            if (result == null) {
                synchronized (this) {
                    result = value;
                    if (result == null) {
                        result = compute.get();
                        value = result;
                    }
                }
            }
            return result;
        }
    }
}

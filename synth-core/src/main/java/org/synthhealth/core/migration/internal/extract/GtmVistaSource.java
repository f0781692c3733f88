package org.synthhealth.core.migration.internal.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.synthhealth.core.InvalidInputException;
import org.synthhealth.core.format.vista.GlobalNode;
import org.synthhealth.core.format.vista.ZwrSyntax;

/**
 * A live GT.M database as the VistA source: each patient is one query to a GT.M process that walks the patient's
 * entries in the database and answers in ZWR syntax, parsed with {@link ZwrSyntax}. Clinical entries are found
 * through the patient cross-references FileMan keeps ({@code ^AUPNPROB("AC",DFN,IEN)}, {@code ^AUPNVIMM("C",DFN,IEN)},
 * {@code ^GMR(120.8,"B",DFN,IEN)}, ...); a file without one (PRESCRIPTION) is walked once at connect time to map
 * patients to entries. Dictionary entries are fetched on first use and kept, since they do not change during a run.
 *
 * <p>Not thread-safe beyond its own locking: requests are answered one at a time.
 */
public final class GtmVistaSource implements VistaSource {

    private static final Logger LOG = LoggerFactory.getLogger("org.synthhealth.migration");

    /** The patient cross-reference of each clinical file, as the VistA writer and FileMan keep them. */
    private static final Map<String, String> PATIENT_XREF = new TreeMap<>(Map.of(
            VistaLayout.VISIT, "C", VistaLayout.PROBLEM, "AC", VistaLayout.ALLERGY, "B", VistaLayout.VITAL, "C",
            VistaLayout.IMMUNIZATION, "C", VistaLayout.MOVEMENT, "C", VistaLayout.POV, "C",
            VistaLayout.V_PROCEDURE, "C"));

    private final GtmProcess gtm;
    private final Map<String, Optional<SourceEntry>> dictionary = new TreeMap<>();
    private OptionalLong nodeCount = OptionalLong.empty();

    private GtmVistaSource(GtmProcess gtm) {
        this.gtm = gtm;
    }

    /**
     * Connects to the database of {@code globalDirectory} with the GT.M in {@code gtmDist} (else {@code $gtm_dist},
     * else Debian's {@code fis-gtm}), and registers the clinical files.
     *
     * @throws InvalidInputException naming the setting and the fix when GT.M or the database cannot be used
     */
    public static GtmVistaSource connect(Optional<Path> gtmDist, Path globalDirectory) {
        GtmProcess gtm = GtmProcess.start(gtmDist, globalDirectory);
        try {
            for (Map.Entry<String, Integer> file : VistaLayout.PATIENT_POINTER.entrySet()) {
                String xref = PATIENT_XREF.getOrDefault(file.getKey(), "-");
                List<String> reply = gtm.ask("F " + root(file.getKey()) + " " + file.getValue() + " " + xref);
                LOG.debug("GT.M source: {} by {}", file.getKey(), String.join(" ", reply));
            }
        } catch (SourceReadException e) {
            gtm.close();
            throw new InvalidInputException(GtmProcess.SETTING + " (--vista-gtm): cannot read the database "
                    + globalDirectory + ": " + e.getMessage() + "; check that it holds VistA globals");
        }
        LOG.debug("Connected to GT.M ({}) through {}", gtm.version(), globalDirectory);
        return new GtmVistaSource(gtm);
    }

    @Override
    public synchronized List<Long> patients() {
        List<Long> dfns = new ArrayList<>();
        for (String line : gtm.ask("P")) {
            dfns.add(Long.parseLong(line));
        }
        return List.copyOf(dfns);
    }

    @Override
    public synchronized long nodeCount() {
        if (nodeCount.isEmpty()) {
            List<String> reply = gtm.ask("N");
            if (reply.size() != 1 || !reply.get(0).startsWith("COUNT ")) {
                throw new SourceReadException("GT.M answered " + reply + " when asked for the node count");
            }
            nodeCount = OptionalLong.of(Long.parseLong(reply.get(0).substring(6)));
        }
        return nodeCount.getAsLong();
    }

    @Override
    public synchronized Optional<SourceRecord> query(long dfn) {
        List<String> reply = gtm.ask("Q " + dfn);
        if (reply.size() == 1 && reply.get(0).equals("MISSING")) {
            return Optional.empty();
        }
        Map<String, Map<Long, Map<String, String>>> files = entries(reply, "DFN " + dfn);
        Map<String, String> patientNodes = files.getOrDefault(VistaLayout.PATIENT, Map.of()).get(dfn);
        if (patientNodes == null) {
            throw new SourceReadException("GT.M returned no PATIENT entry for DFN " + dfn);
        }
        int nodes = patientNodes.size();
        Map<String, List<SourceEntry>> clinical = new TreeMap<>();
        for (Map.Entry<String, Map<Long, Map<String, String>>> file : files.entrySet()) {
            for (Map.Entry<Long, Map<String, String>> entry : file.getValue().entrySet()) {
                if (file.getKey().equals(VistaLayout.PATIENT)) {
                    continue;
                }
                clinical.computeIfAbsent(file.getKey(), f -> new ArrayList<>())
                        .add(new SourceEntry(file.getKey(), entry.getKey(), entry.getValue()));
                nodes += entry.getValue().size();
            }
        }
        return Optional.of(new SourceRecord(dfn, new SourceEntry(VistaLayout.PATIENT, dfn, patientNodes), clinical,
                nodes));
    }

    @Override
    public synchronized Optional<SourceEntry> entry(String file, long ien) {
        String key = file + "#" + ien;
        Optional<SourceEntry> known = dictionary.get(key);
        if (known != null) {
            return known;
        }
        Map<String, String> nodes = entries(gtm.ask("E " + root(file) + " " + ien), file + " entry " + ien)
                .getOrDefault(file, Map.of()).get(ien);
        Optional<SourceEntry> found = Optional.ofNullable(nodes).map(n -> new SourceEntry(file, ien, n));
        dictionary.put(key, found);
        return found;
    }

    /** GT.M's version line, for example {@code GT.M V7.0-005 Linux x86_64}. */
    public String version() {
        return gtm.version();
    }

    /** Stops the GT.M process and removes its temporary folder. */
    @Override
    public synchronized void close() {
        gtm.close();
    }

    /** The global reference of a file: {@code ^DPT}, {@code ^GMR(120.8)}. */
    static String root(String file) {
        return "^" + file;
    }

    /** Groups ZWR lines by file and entry number, each entry's nodes keyed by the subscripts below the entry. */
    private static Map<String, Map<Long, Map<String, String>>> entries(List<String> lines, String what) {
        Map<String, Map<Long, Map<String, String>>> files = new TreeMap<>();
        for (String line : lines) {
            GlobalNode node;
            try {
                node = ZwrSyntax.parse(line);
            } catch (IllegalArgumentException e) {
                throw new SourceReadException("GT.M answered a line that is not ZWR for " + what + ": "
                        + e.getMessage());
            }
            List<String> subs = node.subscripts();
            String file = node.global();
            int first = 0;
            if (VistaLayout.FILE_NUMBERED.contains(file) && !subs.isEmpty()) {
                file = file + "(" + subs.get(0) + ")";
                first = 1;
            }
            String ienText = subs.size() < first + 2 ? "" : subs.get(first);
            if (ienText.isEmpty() || ienText.length() > 18 || !ienText.chars().allMatch(Character::isDigit)) {
                continue;
            }
            long ien = Long.parseLong(ienText);
            files.computeIfAbsent(file, f -> new TreeMap<>()).computeIfAbsent(ien, i -> new LinkedHashMap<>())
                    .put(String.join(",", subs.subList(first + 1, subs.size())), node.value());
        }
        return files;
    }
}

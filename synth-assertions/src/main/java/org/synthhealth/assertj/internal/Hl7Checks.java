package org.synthhealth.assertj.internal;

import ca.uhn.hl7v2.DefaultHapiContext;
import ca.uhn.hl7v2.HL7Exception;
import ca.uhn.hl7v2.HapiContext;
import ca.uhn.hl7v2.model.Composite;
import ca.uhn.hl7v2.model.Group;
import ca.uhn.hl7v2.model.Message;
import ca.uhn.hl7v2.model.Primitive;
import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.Structure;
import ca.uhn.hl7v2.model.Type;
import ca.uhn.hl7v2.parser.EncodingCharacters;
import ca.uhn.hl7v2.parser.PipeParser;
import ca.uhn.hl7v2.util.Terser;
import ca.uhn.hl7v2.validation.impl.ValidationContextFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * HL7 v2 checks behind the message assertions. One validating HAPI context serves the whole run.
 */
public final class Hl7Checks {

    private static final HapiContext VALIDATING = new DefaultHapiContext(ValidationContextFactory.defaultValidation());

    private Hl7Checks() {
    }

    /**
     * Why the message is not valid, if it is not: it is encoded and parsed back with HAPI's validating parser, which
     * checks the structure, required segments and the format of every primitive value.
     */
    public static Optional<String> invalidity(Message message) {
        String text;
        try {
            text = message.encode();
        } catch (HL7Exception e) {
            return Optional.of("cannot be encoded: " + describe(e));
        }
        try {
            VALIDATING.getPipeParser().parse(text);
            return Optional.empty();
        } catch (HL7Exception e) {
            return Optional.of(describe(e));
        }
    }

    /** {@code MSH-9} components 1 and 2 joined by {@code ^}, with component 3 when {@code withStructure}. */
    public static String messageType(Message message, boolean withStructure) {
        try {
            Terser terser = new Terser(message);
            String type = terser.get("/MSH-9-1") + "^" + terser.get("/MSH-9-2");
            return withStructure ? type + "^" + terser.get("/MSH-9-3") : type;
        } catch (HL7Exception e) {
            return "(unreadable MSH-9: " + e.getMessage() + ")";
        }
    }

    /** MSH-10, the message control id, for messages. */
    public static String controlId(Message message) {
        try {
            return new Terser(message).get("/MSH-10");
        } catch (HL7Exception e) {
            return "?";
        }
    }

    /** The patient a message is about (PID-3, preferring the cohort patient id), for messages. */
    public static String patientId(Message message) {
        List<Segment> pids = segments(message, "PID");
        if (pids.isEmpty()) {
            return "none";
        }
        try {
            Type[] ids = pids.get(0).getField(3);
            for (Type id : ids) {
                Composite cx = (Composite) id;
                if ("PI".equals(encode(cx.getComponent(4), message))) {
                    return encode(cx.getComponent(0), message);
                }
            }
            return ids.length == 0 ? "none" : encode(((Composite) ids[0]).getComponent(0), message);
        } catch (HL7Exception | ClassCastException e) {
            return "unreadable";
        }
    }

    /** The non-empty segments with this name, in message order, looking inside groups. */
    public static List<Segment> segments(Message message, String name) {
        List<Segment> found = new ArrayList<>();
        collect(message, name, found);
        return found;
    }

    /** A field's repetitions, encoded as on the wire. */
    public static List<String> field(Segment segment, int field, Message message) throws HL7Exception {
        List<String> values = new ArrayList<>();
        for (Type rep : segment.getField(field)) {
            values.add(segment.getName().equals("MSH") && field <= 2
                    ? ((Primitive) rep).getValue() : encode(rep, message));
        }
        return values;
    }

    /** One component of a field repetition, encoded as on the wire; empty when the field is not composite. */
    public static String component(Segment segment, int field, int repetition, int component, Message message)
            throws HL7Exception {
        Type[] reps = segment.getField(field);
        if (repetition >= reps.length) {
            return "";
        }
        Type rep = reps[repetition];
        if (rep instanceof Composite composite) {
            Type[] components = composite.getComponents();
            return component <= components.length ? encode(components[component - 1], message) : "";
        }
        return component == 1 ? encode(rep, message) : "";
    }

    /** A value encoded with the message's own delimiters and escapes. */
    public static String encode(Type type, Message message) throws HL7Exception {
        return PipeParser.encode(type, EncodingCharacters.getInstance(message));
    }

    private static void collect(Group group, String name, List<Segment> found) {
        for (String child : group.getNames()) {
            Structure[] reps;
            try {
                reps = group.getAll(child);
            } catch (HL7Exception e) {
                continue;
            }
            for (Structure s : reps) {
                if (s instanceof Segment segment && segment.getName().equals(name) && !isEmpty(segment)) {
                    found.add(segment);
                } else if (s instanceof Group inner) {
                    collect(inner, name, found);
                }
            }
        }
    }

    private static boolean isEmpty(Segment segment) {
        try {
            return segment.isEmpty();
        } catch (HL7Exception e) {
            return false;
        }
    }

    private static String describe(HL7Exception e) {
        String location = e.getLocation() == null ? "" : e.getLocation().toString();
        return (location.isEmpty() ? "" : "at " + location + ": ") + e.getMessage();
    }
}

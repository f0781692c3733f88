package org.synthhealth.core.format.fhir;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads serialised FHIR JSON token by token, to see numbers and strings exactly as they were written. */
final class FhirJsonScan {

    private static final JsonFactory JSON = new JsonFactory();

    private FhirJsonScan() {
    }

    /** Every number literal, as written. */
    static List<String> numbers(String json) {
        List<String> out = new ArrayList<>();
        scan(json, (field, token, text) -> {
            if (token == JsonToken.VALUE_NUMBER_FLOAT || token == JsonToken.VALUE_NUMBER_INT) {
                out.add(text);
            }
        });
        return out;
    }

    /** Every string value of a field with this name, for example {@code birthDate}. */
    static List<String> strings(String json, String fieldName) {
        List<String> out = new ArrayList<>();
        scan(json, (field, token, text) -> {
            if (token == JsonToken.VALUE_STRING && fieldName.equals(field)) {
                out.add(text);
            }
        });
        return out;
    }

    /** Every string value that looks like a FHIR date or dateTime. */
    static List<String> dates(String json) {
        List<String> out = new ArrayList<>();
        scan(json, (field, token, text) -> {
            if (token == JsonToken.VALUE_STRING && text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
                out.add(text);
            }
        });
        return out;
    }

    private interface Visitor {
        void visit(String field, JsonToken token, String text);
    }

    private static void scan(String json, Visitor visitor) {
        try (JsonParser parser = JSON.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token.isScalarValue()) {
                    visitor.visit(parser.currentName(), token, parser.getText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

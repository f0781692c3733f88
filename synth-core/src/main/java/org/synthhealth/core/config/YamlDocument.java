package org.synthhealth.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.synthhealth.core.InvalidInputException;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A parsed YAML configuration: the tree of values plus the line on which every key and list item starts, so that a
 * problem found later can name its line, and every scalar as written, so that a number can be checked as the user
 * wrote it ({@code 0042}) rather than as YAML read it (octal 34).
 */
final class YamlDocument {

    /** The prefix of YAML's own tags, written {@code !!str} and the like. */
    private static final String CORE_TAGS = "tag:yaml.org,2002:";

    /** The longest plain (unquoted) key YAML reads as a key: the YAML 1.1 specification's limit on simple keys. */
    private static final int LONGEST_PLAIN_KEY = 1024;

    /** The settings whose values are file or folder paths. */
    private static final Set<String> PATH_KEYS = Set.of("output_dir", "report_file", "migration_report",
            "global_directory", "gtm_dist");
    /** How YAML writes a number that is not finite ({@code .nan}, {@code -.inf}), which it reads as a float. */
    static final Pattern NON_FINITE = Pattern.compile("[-+]?\\.(nan|NaN|NAN|inf|Inf|INF)");

    private final String source;
    private final JsonNode root;
    private final Map<String, Integer> lines;
    private final Map<String, WrittenScalar> scalars;

    private YamlDocument(String source, JsonNode root, Map<String, Integer> lines,
            Map<String, WrittenScalar> scalars) {
        this.source = source;
        this.root = root;
        this.lines = lines;
        this.scalars = scalars;
    }

    /** Parses {@code text}; {@code source} names it in error messages (usually the file name as the user gave it). */
    static YamlDocument parse(String text, String source) {
        refuseControlCharacters(text, source);
        YAMLMapper mapper = YAMLMapper.builder(new YAMLFactory())
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .build();
        try (JsonParser parser = mapper.createParser(text)) {
            JsonNode root = mapper.readTree(parser);
            JsonToken next = parser.nextToken();
            if (next != null && next != JsonToken.VALUE_NULL) {
                throw new InvalidInputException(source + ":" + parser.currentLocation().getLineNr()
                        + ": a second YAML document starts here (after ---); keep every setting in one document");
            }
            if (root == null || root.isMissingNode() || root.isNull()) {
                root = JsonNodeFactory.instance.objectNode();
            }
            Map<String, WrittenScalar> scalars = new LinkedHashMap<>();
            Map<String, Integer> lines = locate(mapper, text, scalars, source);
            return new YamlDocument(source, root, lines, scalars);
        } catch (JsonProcessingException e) {
            throw nonFiniteNumber(mapper, text, source).orElseGet(() -> syntaxError(source, text, e));
        } catch (IOException e) {
            throw new InvalidInputException(source + ": cannot read the YAML (" + e.getMessage() + ")", e);
        }
    }

    /**
     * YAML allows no control character but tab and line breaks; the parser reports one with a vague place, so it is
     * found here first, with its line and column.
     */
    private static void refuseControlCharacters(String text, String source) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                column = 1;
                continue;
            }
            if (c == 0 && i <= 1 && looksLikeUtf16(text)) {
                throw new InvalidInputException(source + ": looks like UTF-16 text (a zero byte beside every "
                        + "character); save the file as UTF-8");
            }
            if ((c < 0x20 && c != '\t' && c != '\r') || c == 0x7F) {
                throw new InvalidInputException(String.format(Locale.ROOT, "%s:%d: control character U+%04X at "
                        + "column %d, which YAML does not allow; delete it (the file may have been saved in a binary "
                        + "format)", source, line, (int) c, column));
            }
            column++;
        }
    }

    private static boolean looksLikeUtf16(String text) {
        int zeros = 0;
        int sample = Math.min(text.length(), 64);
        for (int i = 0; i < sample; i++) {
            zeros += text.charAt(i) == 0 ? 1 : 0;
        }
        return sample >= 4 && zeros * 2 >= sample - 1;
    }

    /** The root node: a mapping for a valid configuration (the caller checks). */
    JsonNode root() {
        return root;
    }

    /** The name of the input, as used in messages. */
    String source() {
        return source;
    }

    /** The scalar at {@code path} as written in the file; empty for a mapping, a list or a missing key. */
    Optional<WrittenScalar> written(String path) {
        return Optional.ofNullable(scalars.get(path));
    }

    /** An error naming the file, the line of {@code path} (or the nearest enclosing key that has one) and the path. */
    InvalidInputException problem(String path, String message) {
        String prefix = source;
        String key = path;
        while (!key.isEmpty() && !lines.containsKey(key)) {
            key = parent(key);
        }
        Integer line = lines.get(key);
        if (line != null) {
            prefix += ":" + line;
        }
        return new InvalidInputException(prefix + ": " + path + ": " + message);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut < 0 ? "" : path.substring(0, cut);
    }

    /**
     * The error for a number written {@code .nan} or {@code .inf}, which Jackson refuses while building the tree with
     * a bare "malformed number"; the token walk still sees it, so the message can name its YAML path.
     */
    private static Optional<InvalidInputException> nonFiniteNumber(YAMLMapper mapper, String text, String source) {
        Map<String, WrittenScalar> scalars = new LinkedHashMap<>();
        Map<String, Integer> lines;
        try {
            lines = locate(mapper, text, scalars, source);
        } catch (IOException e) {
            return Optional.empty();
        }
        Optional<Map.Entry<String, WrittenScalar>> nonFinite = scalars.entrySet().stream()
                .filter(e -> !e.getValue().quoted() && NON_FINITE.matcher(e.getValue().text()).matches())
                .findFirst();
        if (nonFinite.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<String, WrittenScalar> first = nonFinite.get();
        String path = first.getKey();
        String written = first.getValue().text();
        String fix = path.split("[.\\[]", 2)[0].endsWith("_dist")
                ? "weights must be finite numbers between 0 and 1, such as 0.25"
                : PATH_KEYS.contains(path.substring(path.lastIndexOf('.') + 1))
                ? "YAML reads it as a number; to name a file or folder " + written + ", quote it: \"" + written + "\""
                : "give a finite number in decimal digits";
        return Optional.of(new YamlDocument(source, null, lines, scalars).problem(path, "is " + written
                + ", not a finite number; " + fix));
    }

    /**
     * Walks the token stream once, recording the starting line of every key ({@code a.b}) and item ({@code a[0]}),
     * and into {@code scalars}, in file order, every scalar value by its path as it is written in {@code text}.
     * An alias ({@code *name}) is refused here: the parser hands it over as the text of its name, so a later check
     * would quote that name as if the user had written it as the value.
     */
    private static Map<String, Integer> locate(YAMLMapper mapper, String text, Map<String, WrittenScalar> scalars,
            String source) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Deque<String> containers = new ArrayDeque<>();
        Deque<Integer> indexes = new ArrayDeque<>();
        String pendingKey = null;
        try (JsonParser parser = mapper.createParser(text)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                JsonLocation at = parser.currentTokenLocation();
                if (token == JsonToken.FIELD_NAME && "<<".equals(parser.currentName())) {
                    String base = containers.isEmpty() ? "" : containers.peek();
                    throw new InvalidInputException(source + ":" + at.getLineNr() + ": " + (base.isEmpty() ? ""
                            : base + ": ") + "holds a YAML merge key (<<), and merge keys are not expanded here; "
                            + "write the values out in full");
                }
                if (token == JsonToken.FIELD_NAME) {
                    String base = containers.isEmpty() ? "" : containers.peek();
                    pendingKey = base.isEmpty() ? parser.currentName() : base + "." + parser.currentName();
                    lines.put(pendingKey, at.getLineNr());
                    continue;
                }
                String here = pendingKey;
                pendingKey = null;
                boolean closing = token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY;
                if (here == null && !closing && !containers.isEmpty() && indexes.peek() >= 0) {
                    int index = indexes.pop();
                    indexes.push(index + 1);
                    here = containers.peek() + "[" + index + "]";
                    lines.put(here, at.getLineNr());
                }
                if (parser instanceof YAMLParser yaml && !closing && yaml.getTypeId() != null) {
                    String tag = yaml.getTypeId();
                    String written = tag.startsWith(CORE_TAGS) ? "!!" + tag.substring(CORE_TAGS.length())
                            : tag.startsWith("!") ? tag : "!" + tag;
                    throw new InvalidInputException(source + ":" + at.getLineNr() + ": "
                            + (here == null || here.isEmpty() ? "" : here + ": ") + "has the YAML tag " + written
                            + ", which is not read here; remove the tag and write the value plainly");
                }
                if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                    throw new InvalidInputException(source + ":" + at.getLineNr() + ": "
                            + (here == null || here.isEmpty() ? "" : here + ": ") + "is the YAML alias *"
                            + parser.getText() + ", and aliases are not expanded here; write the value out in full");
                }
                if (token.isScalarValue() && here != null) {
                    scalars.putIfAbsent(here, new WrittenScalar(parser.getText(), quoteAt(text, at)));
                }
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    containers.push(here == null ? "" : here);
                    indexes.push(token == JsonToken.START_ARRAY ? 0 : -1);
                } else if (closing) {
                    containers.pop();
                    indexes.pop();
                }
            }
        }
        return lines;
    }

    /** The length of the plain key that line {@code lineNumber} (from 1) of {@code text} starts with, or 0. */
    private static int plainKeyLength(String text, int lineNumber) {
        String line = text.lines().skip(lineNumber - 1L).findFirst().orElse("").stripLeading();
        if (line.startsWith("- ")) {
            line = line.substring(2).stripLeading();
        }
        int colon = line.indexOf(": ");
        if (colon < 0 && line.endsWith(":")) {
            colon = line.length() - 1;
        }
        return colon < 0 ? 0 : line.substring(0, colon).stripTrailing().length();
    }

    /**
     * The quote that opens the scalar starting at {@code at}, or {@link WrittenScalar#PLAIN}. The parser's offsets
     * count code points, not Java chars, so a line with an emoji before the value still finds the right character.
     */
    private static char quoteAt(String text, JsonLocation at) {
        try {
            char first = text.charAt(text.offsetByCodePoints(0, (int) at.getCharOffset()));
            return first == '"' || first == '\'' ? first : WrittenScalar.PLAIN;
        } catch (IndexOutOfBoundsException e) {
            return WrittenScalar.PLAIN;
        }
    }

    private static InvalidInputException syntaxError(String source, String text, JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? -1 : at.getLineNr();
        String problem = e.getOriginalMessage() == null ? "unreadable YAML" : e.getOriginalMessage();
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            problem = marked.getProblem();
            if (marked.getProblemMark() != null) {
                line = marked.getProblemMark().getLine() + 1;
            }
        }
        problem = problem.lines().map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse(problem);
        String where = line < 1 ? source : source + ":" + line;
        if (problem.contains("exceeds the limit")) {
            // SnakeYAML's guard against huge documents; no indentation would help.
            return new InvalidInputException(source + ": is too large for a configuration (more than 3 MiB of YAML); "
                    + "a configuration needs only its settings, so remove what is not one", e);
        }
        if (problem.contains("StreamReadConstraints")) {
            // Jackson's guards; their text names its own API, which means nothing to a user.
            return new InvalidInputException(where + ": " + (problem.startsWith("Number value length")
                    ? "a number has more than 1000 digits, which no setting takes; give a number in the setting's range"
                    : "is nested or sized beyond what a configuration needs; keep to the settings' own layout"), e);
        }
        int keyLength = line < 1 ? 0 : plainKeyLength(text, line);
        if (keyLength > LONGEST_PLAIN_KEY) {
            // SnakeYAML reads a longer plain key as a value, then blames the colon after it or a missing one.
            return new InvalidInputException(String.format(Locale.ROOT, "%s: a key of %,d characters; YAML reads at "
                    + "most %,d as a key, and no setting's name is that long; use one of the settings' names", where,
                    keyLength, LONGEST_PLAIN_KEY), e);
        }
        if (problem.startsWith("Duplicate field")) {
            return new InvalidInputException(where + ": duplicate key " + problem.substring("Duplicate field ".length())
                    + "; give each key once", e);
        }
        return new InvalidInputException(where + ": YAML syntax error: " + problem
                + "; check the indentation (spaces, not tabs) and quoting on or just above this line", e);
    }
}

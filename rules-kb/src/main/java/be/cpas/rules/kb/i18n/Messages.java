package be.cpas.rules.kb.i18n;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import be.cpas.rules.kb.source.KbFile;
import be.cpas.rules.kb.source.KbSource;

/**
 * The texts of the knowledge base (messages/messages_LANG.properties), by language. French is the
 * default and the fallback: a key missing in another language is given in French.
 */
public final class Messages {

    public static final String DEFAULT_LANGUAGE = "fr";
    private static final DateTimeFormatter BELGIAN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    /** A place in the dossier as the rules name it (household[0].resources[1], applicant.birthDate). */
    private static final Pattern DOSSIER_PATH = Pattern.compile(
            "(?:requestDate|applicant|residence|workAvailability|otherRights|household|resources|capital|properties|cpasChoices"
                    + "|legalAssumptions|installationPremium|competence|procedure|maintenancePaid)(?:\\[\\d+])?(?:\\.[a-zA-Z_]+(?:\\[\\d+])?)*");
    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
    /** French "de" before a vowel: "CPAS d'Ottignies". The h is left alone (de Huy, de Hannut: aspirated). */
    private static final String FRENCH_DE = "de {";
    private static final String FRENCH_VOWELS = "AEIOUYÂÉÈÊÎÔÛaeiouyâéèêîôû";

    private final Map<String, Properties> byLanguage;
    private static final int REMEMBERED = 10_000;
    private final Map<String, Map<String, MessageFormat>> parsedPatterns = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> factNames = new ConcurrentHashMap<>();
    private final Map<String, Map<String, String>> plainTexts = new ConcurrentHashMap<>();
    private final Map<String, Map<Enum<?>, String>> enumTexts = new ConcurrentHashMap<>();

    private Messages(Map<String, Properties> byLanguage) {
        if (!byLanguage.containsKey(DEFAULT_LANGUAGE)) {
            throw new IllegalStateException("The knowledge base has no messages_" + DEFAULT_LANGUAGE + ".properties");
        }
        this.byLanguage = byLanguage;
    }

    public static Messages load(KbSource source) {
        Map<String, Properties> byLanguage = new LinkedHashMap<>();
        for (KbFile file : source.files("messages/", ".properties")) {
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            String language = name.substring("messages_".length(), name.length() - ".properties".length());
            Properties properties = new Properties();
            try {
                properties.load(new StringReader(file.content()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            byLanguage.put(language, properties);
        }
        return new Messages(byLanguage);
    }

    /** The languages the knowledge base has texts in. */
    public Set<String> languages() {
        return byLanguage.keySet();
    }

    /** The best supported language for a locale: its language if supported, else French. */
    public String languageFor(Locale locale) {
        return locale != null && byLanguage.containsKey(locale.getLanguage()) ? locale.getLanguage() : DEFAULT_LANGUAGE;
    }

    public boolean has(String language, String key) {
        Properties properties = byLanguage.get(language);
        return properties != null && properties.getProperty(key) != null;
    }

    public Set<String> keys(String language) {
        return byLanguage.getOrDefault(language, new Properties()).stringPropertyNames();
    }

    /** The text for a key in a language, with its placeholders filled; a missing key is shown, never hidden. */
    public String text(String language, String key, List<?> args) {
        if (args.isEmpty() && byLanguage.containsKey(language)) {
            // Titles of conditions and instruments, words for enum values: the same few texts in every decision.
            return remembered(plainTexts, language, key, k -> textNow(language, k, List.of()));
        }
        return textNow(language, key, args);
    }

    private String textNow(String language, String key, List<?> args) {
        String pattern = byLanguage.getOrDefault(language, byLanguage.get(DEFAULT_LANGUAGE)).getProperty(key);
        if (pattern == null) {
            pattern = byLanguage.get(DEFAULT_LANGUAGE).getProperty(key);
        }
        if (pattern == null) {
            return "[" + key + "]" + (args.isEmpty() ? "" : " " + args);
        }
        Object[] formatted = args.stream()
                .map(arg -> arg instanceof Enum<?> value ? enumText(language, value) : format(arg, language))
                .toArray();
        if ("fr".equals(language)) {
            pattern = elided(pattern, formatted);
        }
        return messageFormat(language, pattern).format(formatted);
    }

    /**
     * A copy of the pattern parsed once: parsing is most of the cost of a text, and a MessageFormat is not safe to
     * share between threads, so each call formats with its own clone. The patterns are those of the message files
     * (and their French elisions): a bounded set.
     */
    private MessageFormat messageFormat(String language, String pattern) {
        Map<String, MessageFormat> parsed = parsedPatterns.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        return (MessageFormat) parsed.computeIfAbsent(pattern, p -> new MessageFormat(p, Locale.forLanguageTag(language))).clone();
    }

    /** Whether a text is a place in the dossier (a JSON path), which a person must never read as such. */
    public static boolean isDossierPath(String text) {
        return text != null && DOSSIER_PATH.matcher(text).matches();
    }

    /**
     * A place in the dossier named in words: the text of {@code fact.<path without indices>}, with each index of the
     * path as a placeholder counted from 1 (household[0].birthDate: "la date de naissance du membre du ménage n° 1").
     * A path that ends on an index names the element: its key ends in {@code .entry} (household[0]: fact.household.entry).
     */
    public String factName(String language, String path) {
        return byLanguage.containsKey(language)
                ? remembered(factNames, language, path, p -> text(language, factKey(p), factIndices(p)))
                : text(language, factKey(path), factIndices(path));
    }

    /** The message key naming a dossier path. */
    public static String factKey(String path) {
        String key = "fact." + INDEX.matcher(path).replaceAll("");
        return path.endsWith("]") ? key + ".entry" : key;
    }

    private static List<Integer> factIndices(String path) {
        Matcher index = INDEX.matcher(path);
        List<Integer> numbers = new java.util.ArrayList<>();
        while (index.find()) {
            numbers.add(Integer.parseInt(index.group(1)) + 1);
        }
        return numbers;
    }

    /**
     * French elision before a vowel: {@code de {n}} (the word "de", not the end of another word) becomes
     * {@code d''{n}} when the n-th argument starts with a vowel. A plain scan: this runs for every French text.
     */
    private static String elided(String pattern, Object[] formatted) {
        StringBuilder elided = null;
        int copied = 0;
        for (int at = pattern.indexOf(FRENCH_DE); at >= 0; at = pattern.indexOf(FRENCH_DE, at + 1)) {
            int digits = at + FRENCH_DE.length();
            int end = digits;
            while (end < pattern.length() && pattern.charAt(end) >= '0' && pattern.charAt(end) <= '9') {
                end++;
            }
            if ((at > 0 && isWordCharacter(pattern.charAt(at - 1))) || end == digits || end == pattern.length()
                    || pattern.charAt(end) != '}') {
                continue;
            }
            int argument = Integer.parseInt(pattern, digits, end, 10);
            String value = argument < formatted.length ? String.valueOf(formatted[argument]) : "";
            if (!value.isEmpty() && FRENCH_VOWELS.indexOf(value.charAt(0)) >= 0) {
                elided = elided == null ? new StringBuilder(pattern.length() + 8) : elided;
                elided.append(pattern, copied, at).append("d''{").append(argument).append('}');
                copied = end + 1;
            }
        }
        return elided == null ? pattern : elided.append(pattern, copied, pattern.length()).toString();
    }

    /** A letter, digit or underscore, as a regular expression's word boundary {@code \b} counts them. */
    private static boolean isWordCharacter(char c) {
        return c == '_' || Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * An enum value as the texts name it: the key is the type's simple name in lower camel case, a dot and the
     * value ({@code category.CATEGORY_1}, {@code resourceType.WAGES}, {@code relation.PARTNER}); the value's
     * name when there is no text for it.
     */
    public String enumText(String language, Enum<?> value) {
        return byLanguage.containsKey(language) ? remembered(enumTexts, language, value, v -> enumTextNow(language, v))
                : enumTextNow(language, value);
    }

    private String enumTextNow(String language, Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        String key = Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
        return has(language, key) || has(DEFAULT_LANGUAGE, key) ? text(language, key, List.of()) : value.name();
    }

    /**
     * A text computed once per language and value: the texts never change, and naming the same fact or enum value
     * again is a large part of writing a decision. At most {@value #REMEMBERED} per language (dossier paths carry
     * indices, so their number has no bound of its own); past that, texts are computed each time.
     */
    private static <K> String remembered(Map<String, Map<K, String>> byLanguage, String language, K key,
            Function<K, String> text) {
        Map<K, String> texts = byLanguage.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
        String known = texts.get(key);
        if (known != null) {
            return known;
        }
        String computed = text.apply(key);
        if (texts.size() < REMEMBERED) {
            texts.put(key, computed);
        }
        return computed;
    }

    private Object format(Object arg, String language) {
        if (arg instanceof Boolean yes) {
            return text(language, "boolean." + yes, List.of());
        }
        if (arg instanceof String text && isDossierPath(text)) {
            return factName(language, text);
        }
        if (arg instanceof LocalDate date) {
            return BELGIAN_DATE.format(date);
        }
        if (arg instanceof BigDecimal amount) {
            return euro(amount, language);
        }
        return arg == null ? "" : arg.toString();
    }

    /** An amount as Belgians write it: 10 513,60 (fr) or 10.513,60 (nl, de). */
    public static String euro(BigDecimal amount, String language) {
        return ("fr".equals(language) ? FRENCH_EURO : OTHER_EURO).get().format(amount);
    }

    /** A DecimalFormat is not safe to share between threads: one per thread, built once. */
    private static final ThreadLocal<DecimalFormat> FRENCH_EURO = ThreadLocal.withInitial(() -> euroFormat('\u00a0'));
    private static final ThreadLocal<DecimalFormat> OTHER_EURO = ThreadLocal.withInitial(() -> euroFormat('.'));

    private static DecimalFormat euroFormat(char groupingSeparator) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setDecimalSeparator(',');
        symbols.setGroupingSeparator(groupingSeparator);
        return new DecimalFormat("#,##0.00", symbols);
    }
}

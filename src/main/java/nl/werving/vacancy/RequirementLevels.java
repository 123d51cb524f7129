package nl.werving.vacancy;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The levels a requirement may ask for. A LANGUAGE requirement needs a level of the Common European Framework of
 * Reference (A1 to C2) or {@code native}, listed here from lowest to highest. An EDUCATION requirement needs one of
 * the Dutch and international education levels {@code mbo}, {@code hbo}, {@code wo}, {@code bachelor},
 * {@code master}, {@code phd}; how they compare is up to the matching. Other kinds have no level.
 */
public final class RequirementLevels {

    /** Language levels, lowest first. */
    public static final List<String> LANGUAGE = List.of("A1", "A2", "B1", "B2", "C1", "C2", "native");

    /** Education levels. */
    public static final List<String> EDUCATION = List.of("mbo", "hbo", "wo", "bachelor", "master", "phd");

    private RequirementLevels() {
    }

    /** The levels a requirement of this kind may have; empty when the kind has no level. */
    public static List<String> of(RequirementKind kind) {
        return switch (kind) {
            case LANGUAGE -> LANGUAGE;
            case EDUCATION -> EDUCATION;
            default -> List.of();
        };
    }

    /** The level as it is stored ({@code c1} becomes {@code C1}), or empty when the kind has no such level. */
    public static Optional<String> canonical(RequirementKind kind, String level) {
        if (level == null) {
            return Optional.empty();
        }
        String wanted = level.strip();
        return of(kind).stream().filter(known -> known.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
    }
}

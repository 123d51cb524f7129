package nl.werving.interview;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The four ratings of a structured scorecard, each 1 (poor) to 5 (excellent). The same criteria for every
 * candidate keep interviews comparable.
 */
record Ratings(int skills, int experience, int communication, int motivation) {

    static final int MIN = 1;
    static final int MAX = 5;

    Ratings {
        require("skills", skills);
        require("experience", experience);
        require("communication", communication);
        require("motivation", motivation);
    }

    /**
     * Reads ratings keyed by criterion: {@code skills}, {@code experience}, {@code communication} and
     * {@code motivation}, or the scorecard form's field names ({@code ratingSkills} and so on).
     *
     * @throws InvalidScorecardException when a criterion is missing, unknown, given twice or out of range
     */
    static Ratings of(Map<String, Integer> ratings) {
        if (ratings == null) {
            throw new InvalidScorecardException("A scorecard needs ratings for " + String.join(", ", Scorecards.CRITERIA));
        }
        Map<String, Integer> byCriterion = new LinkedHashMap<>();
        ratings.forEach((key, value) -> {
            String criterion = criterion(key);
            if (byCriterion.put(criterion, value) != null) {
                throw new InvalidScorecardException("The rating for " + criterion + " was given twice");
            }
        });
        List<String> missing = Scorecards.CRITERIA.stream()
                .filter(criterion -> byCriterion.get(criterion) == null).toList();
        if (!missing.isEmpty()) {
            throw new InvalidScorecardException("The scorecard lacks a rating for " + String.join(", ", missing));
        }
        return new Ratings(byCriterion.get("skills"), byCriterion.get("experience"),
                byCriterion.get("communication"), byCriterion.get("motivation"));
    }

    private static String criterion(String key) {
        String name = key == null ? "" : key.strip().toLowerCase(Locale.ROOT);
        if (name.startsWith("rating")) {
            name = name.substring("rating".length());
        }
        if (!Scorecards.CRITERIA.contains(name)) {
            throw new InvalidScorecardException("Unknown rating criterion; rate exactly "
                    + String.join(", ", Scorecards.CRITERIA));
        }
        return name;
    }

    private static void require(String criterion, int rating) {
        if (rating < MIN || rating > MAX) {
            throw new InvalidScorecardException("The rating for " + criterion + " must be " + MIN + " to " + MAX
                    + ", not " + rating);
        }
    }

    double average() {
        return (skills + experience + communication + motivation) / 4.0;
    }
}

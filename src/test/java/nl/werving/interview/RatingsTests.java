package nl.werving.interview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RatingsTests {

    @Test
    void ratingsAreReadByCriterion() {
        Ratings ratings = Ratings.of(Map.of("skills", 4, "experience", 3, "communication", 5, "motivation", 2));

        assertThat(ratings).isEqualTo(new Ratings(4, 3, 5, 2));
        assertThat(ratings.average()).isEqualTo(3.5);
    }

    @Test
    void theScorecardFormsFieldNamesAreAccepted() {
        Ratings ratings = Ratings.of(Map.of("ratingSkills", 1, "ratingExperience", 2, "ratingCommunication", 3,
                "ratingMotivation", 4));

        assertThat(ratings).isEqualTo(new Ratings(1, 2, 3, 4));
    }

    @Test
    void everyCriterionMustBeRated() {
        Map<String, Integer> ratings = new HashMap<>(Map.of("skills", 4, "experience", 3));
        ratings.put("communication", null);

        assertThatThrownBy(() -> Ratings.of(ratings))
                .isInstanceOf(InvalidScorecardException.class)
                .hasMessage("The scorecard lacks a rating for communication, motivation");
    }

    @Test
    void ratingsLieBetweenOneAndFive() {
        assertThatThrownBy(() -> Ratings.of(Map.of("skills", 6, "experience", 3, "communication", 5, "motivation", 2)))
                .isInstanceOf(InvalidScorecardException.class)
                .hasMessage("The rating for skills must be 1 to 5, not 6");
        assertThatThrownBy(() -> new Ratings(3, 0, 3, 3)).isInstanceOf(InvalidScorecardException.class);
    }

    @Test
    void anUnknownCriterionIsRefused() {
        assertThatThrownBy(() -> Ratings.of(Map.of("skills", 4, "experience", 3, "communication", 5, "motivation", 2,
                "appearance", 5)))
                .isInstanceOf(InvalidScorecardException.class)
                .hasMessageContaining("Unknown rating criterion");
    }

    @Test
    void aCriterionGivenTwiceIsRefused() {
        assertThatThrownBy(() -> Ratings.of(Map.of("skills", 4, "ratingSkills", 3, "experience", 3,
                "communication", 5, "motivation", 2)))
                .isInstanceOf(InvalidScorecardException.class)
                .hasMessageContaining("given twice");
    }
}

package nl.werving.interview;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The interview module's scorecard service: interviewers' ratings and evidence, one scorecard per round each. */
@Service
@Transactional(readOnly = true)
public class Scorecards {

    /** The criteria every scorecard rates, each 1 to 5. */
    public static final List<String> CRITERIA = List.of("skills", "experience", "communication", "motivation");

    private final ScorecardRepository repository;
    private final Clock clock;

    Scorecards(ScorecardRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Stores an interviewer's scorecard for the round; a resubmission by the same interviewer replaces the
     * earlier one.
     *
     * @param ratings 1 to 5 for each of {@link #CRITERIA}; the form's keys ({@code ratingSkills} ...) are accepted
     * @param evidence what the interviewer observed (optional, at most 4000 characters)
     * @throws InvalidScorecardException naming the problem
     */
    @Transactional
    public void record(UUID applicationId, int round, String interviewerId, Map<String, Integer> ratings,
            String evidence) {
        Ratings checked = Ratings.of(ratings);
        Instant now = clock.instant();
        repository.findByApplicationIdAndRoundAndInterviewerId(applicationId, round, interviewerId).ifPresentOrElse(
                scorecard -> scorecard.resubmit(checked, evidence, now),
                () -> repository.save(Scorecard.submit(applicationId, round, interviewerId, checked, evidence, now)));
    }

    /** How many scorecards the round has and the mean of all their ratings (0 when there are none). */
    public ScorecardSummary summary(UUID applicationId, int round) {
        List<Scorecard> scorecards = repository.findByApplicationIdAndRound(applicationId, round);
        double average = scorecards.stream().mapToDouble(scorecard -> scorecard.ratings().average()).average()
                .orElse(0);
        return new ScorecardSummary(scorecards.size(), average);
    }
}

package nl.werving.fairness;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The DPO's settings for fairness monitoring ({@code werving.fairness.*}).
 *
 * @param dimensions the survey's questions and their allowed values, in report order ("prefer not to say" is
 *        always allowed and not listed)
 * @param minimumGroupSize groups with fewer applicants than this in a table are suppressed (no numbers shown, never
 *        the reference group)
 * @param surveyNoticeVersion the version of the survey's consent text a consent must name
 */
@ConfigurationProperties("werving.fairness")
public record FairnessProperties(Map<String, List<String>> dimensions, Integer minimumGroupSize,
        String surveyNoticeVersion) {

    public FairnessProperties {
        dimensions = dimensions == null ? Map.of() : new LinkedHashMap<>(dimensions);
        minimumGroupSize = minimumGroupSize == null ? 5 : minimumGroupSize;
        if (minimumGroupSize < 1) {
            throw new IllegalArgumentException("werving.fairness.minimum-group-size must be at least 1");
        }
        surveyNoticeVersion = surveyNoticeVersion == null ? "diversity-survey-2026-11" : surveyNoticeVersion;
    }

    /** The configured dimensions, in order. */
    public List<Dimension> dimensionList() {
        List<Dimension> list = new ArrayList<>();
        dimensions.forEach((name, values) -> list.add(new Dimension(name, values)));
        return List.copyOf(list);
    }
}

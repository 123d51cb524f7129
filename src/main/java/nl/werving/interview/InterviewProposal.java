package nl.werving.interview;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A validated proposal for one interview round: slots in the future, a sensible duration, interviewers given
 * by well-formed user ids, and an optional location.
 */
record InterviewProposal(List<Instant> slotStarts, int durationMinutes, List<String> interviewerIds, String location) {

    static final int MAX_SLOTS = 3;
    static final int MIN_DURATION_MINUTES = 15;
    static final int MAX_DURATION_MINUTES = 480;
    static final int MAX_LOCATION_LENGTH = 500;

    /**
     * Checks and normalises what a recruiter proposed: empty slot entries (slots left blank) and blank or
     * repeated interviewer ids are left out, the location is trimmed.
     *
     * @throws InterviewPlanningException naming the first problem found
     */
    static InterviewProposal of(List<OffsetDateTime> slotStarts, int durationMinutes, List<String> interviewerIds,
            String location, Instant now) {
        return new InterviewProposal(slots(slotStarts, now), duration(durationMinutes), interviewers(interviewerIds),
                location(location));
    }

    private static List<Instant> slots(List<OffsetDateTime> slotStarts, Instant now) {
        List<Instant> slots = slotStarts == null ? List.of()
                : slotStarts.stream().filter(Objects::nonNull).map(OffsetDateTime::toInstant).toList();
        if (slots.isEmpty()) {
            throw new InterviewPlanningException("No interview slots were proposed: propose at least one");
        }
        if (slots.size() > MAX_SLOTS) {
            throw new InterviewPlanningException("Too many interview slots: propose at most " + MAX_SLOTS);
        }
        for (int i = 0; i < slots.size(); i++) {
            if (!slots.get(i).isAfter(now)) {
                throw new InterviewPlanningException("Interview slot " + (i + 1) + " lies in the past");
            }
        }
        if (Set.copyOf(slots).size() < slots.size()) {
            throw new InterviewPlanningException("The same interview slot was proposed twice");
        }
        return slots;
    }

    private static int duration(int durationMinutes) {
        if (durationMinutes < MIN_DURATION_MINUTES || durationMinutes > MAX_DURATION_MINUTES) {
            throw new InterviewPlanningException("An interview lasts " + MIN_DURATION_MINUTES + " to "
                    + MAX_DURATION_MINUTES + " minutes, not " + durationMinutes);
        }
        return durationMinutes;
    }

    private static List<String> interviewers(List<String> interviewerIds) {
        Set<String> ids = new LinkedHashSet<>();
        List<String> given = interviewerIds == null ? List.of() : interviewerIds;
        for (int i = 0; i < given.size(); i++) {
            String id = given.get(i) == null ? "" : given.get(i).strip();
            if (id.isEmpty()) {
                continue;
            }
            if (!UserIds.isWellFormed(id)) {
                throw new InterviewPlanningException("Interviewer " + (i + 1) + " in the list is not a valid user id: "
                        + "user ids consist of letters and digits only");
            }
            ids.add(id);
        }
        if (ids.isEmpty()) {
            throw new InterviewPlanningException("No interviewers were named: name at least one");
        }
        return new ArrayList<>(ids);
    }

    private static String location(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        String trimmed = location.strip();
        if (trimmed.length() > MAX_LOCATION_LENGTH) {
            throw new InterviewPlanningException("The interview location is longer than " + MAX_LOCATION_LENGTH
                    + " characters");
        }
        return trimmed;
    }
}

package nl.werving.candidate;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import nl.werving.datarequest.DataRequestType;

/**
 * Which link confirms which data request, and how the confirmation mail carries the request's kind. A candidate
 * can ask for a copy, a correction or erasure on the status page; each kind has its own confirmation purpose. The
 * confirmation mail's outbox round is {@code minute * 10 + kind}: the last digit names the kind (1 access,
 * 2 rectification, 3 erasure), the rest is the minute of asking (epoch minutes, modulo 10^8), so that a double
 * click queues one mail and asking again later queues a new one.
 */
public final class DataRequestLinks {

    private static final Map<DataRequestType, LinkPurpose> CONFIRMATIONS = Map.of(
            DataRequestType.ACCESS, LinkPurpose.CONFIRM_ACCESS_REQUEST,
            DataRequestType.RECTIFICATION, LinkPurpose.CONFIRM_RECTIFICATION_REQUEST,
            DataRequestType.ERASURE, LinkPurpose.CONFIRM_ERASURE_REQUEST);
    private static final Map<Integer, DataRequestType> BY_CODE = Map.of(1, DataRequestType.ACCESS,
            2, DataRequestType.RECTIFICATION, 3, DataRequestType.ERASURE);
    private static final long MINUTES_KEPT = 100_000_000L;

    private DataRequestLinks() {
    }

    /** The kinds a candidate can ask for on the status page (an objection has its own link). */
    public static boolean askable(DataRequestType type) {
        return CONFIRMATIONS.containsKey(type);
    }

    /** The purpose of the link that confirms a request of this kind. */
    public static LinkPurpose confirmation(DataRequestType type) {
        LinkPurpose purpose = CONFIRMATIONS.get(type);
        if (purpose == null) {
            throw new IllegalArgumentException(type + " is not asked for on the status page");
        }
        return purpose;
    }

    /** The request a confirmation link is for, if it is one. */
    public static Optional<DataRequestType> confirmedBy(LinkPurpose purpose) {
        return CONFIRMATIONS.entrySet().stream().filter(entry -> entry.getValue() == purpose).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The outbox round of the confirmation mail for a request of this kind asked at this moment. */
    public static int confirmationRound(DataRequestType type, Instant askedAt) {
        int code = BY_CODE.entrySet().stream().filter(entry -> entry.getValue() == type).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(type + " has no confirmation mail"));
        return (int) (askedAt.getEpochSecond() / 60 % MINUTES_KEPT) * 10 + code;
    }

    /** The kind of request a confirmation mail's round is about. */
    public static Optional<DataRequestType> confirmationType(int round) {
        return Optional.ofNullable(BY_CODE.get(round % 10));
    }
}

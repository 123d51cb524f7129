package nl.werving.candidate;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.consent.ConsentChannel;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.application.Application;
import nl.werving.candidate.InvalidLinkException.Reason;
import nl.werving.dataexport.ExportSubject;
import nl.werving.dataexport.PersonalDataExport;
import nl.werving.datarequest.DataRequestChannel;
import nl.werving.datarequest.DataRequestType;
import nl.werving.datarequest.DataRequests;
import nl.werving.decision.DecisionReviews;
import nl.werving.interview.InterviewPlanning;
import nl.werving.offer.Offers;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Performs what a single-use link is for, through the owning module's service, in one transaction with
 * recording the link as used: when the action fails (the process no longer waits for it, say), nothing is
 * recorded and the link still works. The same submission again within {@link #REPEAT_WINDOW} (a double click,
 * or a reload of the result page) changes nothing and reports the first one's outcome; anything else with a
 * used link is refused as {@link Reason#USED}.
 */
@Service
public class CandidateActions {

    static final Duration REPEAT_WINDOW = Duration.ofMinutes(10);

    private final CandidateLinks links;
    private final UsedLinkRepository usedLinks;
    private final InterviewPlanning interviews;
    private final Offers offers;
    private final Applications applications;
    private final Consents consents;
    private final DataRequests dataRequests;
    private final PersonalDataExport export;
    private final ReviewableDecisions reviewable;
    private final DecisionReviews reviews;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CandidateActions(CandidateLinks links, UsedLinkRepository usedLinks, InterviewPlanning interviews, Offers offers,
            Applications applications, Consents consents, DataRequests dataRequests, PersonalDataExport export,
            ReviewableDecisions reviewable, DecisionReviews reviews, ApplicationEventPublisher events, PlatformTransactionManager transactionManager, Clock clock) {
        this.links = links;
        this.usedLinks = usedLinks;
        this.interviews = interviews;
        this.offers = offers;
        this.applications = applications;
        this.consents = consents;
        this.dataRequests = dataRequests;
        this.export = export;
        this.reviewable = reviewable;
        this.reviews = reviews;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
    }

    /** Chooses the slot (numbered from 1) of the newest interview round, with a {@link LinkPurpose#CHOOSE_SLOT} link. */
    public ActionOutcome chooseSlot(String token, int slotNumber) {
        return perform(token, LinkPurpose.CHOOSE_SLOT, Integer.toString(slotNumber),
                reference -> interviews.chooseSlot(reference, slotNumber));
    }

    /**
     * Asks for another time for the scheduled interview, with a {@link LinkPurpose#RESCHEDULE_INTERVIEW} link: the
     * recruiter proposes new slots for the same round.
     */
    public ActionOutcome requestReschedule(String token) {
        return perform(token, LinkPurpose.RESCHEDULE_INTERVIEW, "", interviews::requestReschedule);
    }

    /** Accepts or declines the offer, with an {@link LinkPurpose#ANSWER_OFFER} link. */
    public ActionOutcome answerOffer(String token, boolean accept) {
        return perform(token, LinkPurpose.ANSWER_OFFER, accept ? "accept" : "decline",
                accept ? offers::accept : offers::decline);
    }

    /** Withdraws the application, with a {@link LinkPurpose#WITHDRAW} link. */
    public ActionOutcome withdraw(String token) {
        return perform(token, LinkPurpose.WITHDRAW, "", applications::withdraw);
    }

    /** Records the candidate's consent to the talent pool, with a {@link LinkPurpose#TALENT_POOL_CONSENT} link. */
    public ActionOutcome giveTalentPoolConsent(String token) {
        return perform(token, LinkPurpose.TALENT_POOL_CONSENT, "", reference -> consents.give(
                applications.findByReference(reference).orElseThrow(UnknownApplicationException::new).getId(),
                ConsentPurpose.TALENT_POOL, Consents.TALENT_POOL_NOTICE_VERSION, ConsentChannel.CANDIDATE_LINK));
    }

    /**
     * Withdraws the candidate's talent-pool consent, with a {@link LinkPurpose#WITHDRAW_TALENT_POOL_CONSENT} link; the
     * data lifecycle then erases the data the consent kept.
     */
    public ActionOutcome withdrawTalentPoolConsent(String token) {
        return perform(token, LinkPurpose.WITHDRAW_TALENT_POOL_CONSENT, "", reference -> consents.withdraw(
                applications.findByReference(reference).orElseThrow(UnknownApplicationException::new).getId(),
                ConsentPurpose.TALENT_POOL, ConsentChannel.CANDIDATE_LINK));
    }

    /**
     * Records the objection to automated processing, with an {@link LinkPurpose#OBJECT} link, and records it as a
     * data-subject request (Art. 21) as well.
     */
    public ActionOutcome objectToAutomatedProcessing(String token) {
        return perform(token, LinkPurpose.OBJECT, "", reference -> {
            applications.objectToAutomatedProcessing(reference);
            dataRequests.receive(reference, DataRequestType.OBJECTION, DataRequestChannel.CANDIDATE_LINK);
        });
    }

    /**
     * Asks a person to review the decision the candidate can contest now ({@link ReviewableDecisions}), with their
     * statement, with a {@link LinkPurpose#REQUEST_REVIEW} link; the review process starts on the event this records.
     *
     * @throws IllegalStateException when nothing can be contested (any more)
     * @throws nl.werving.decision.DecisionReviewRefusedException when the statement is empty or too long
     */
    public ActionOutcome requestReview(String token, String statement) {
        return perform(token, LinkPurpose.REQUEST_REVIEW, "", reference -> {
            Application application = applications.findByReference(reference)
                    .orElseThrow(UnknownApplicationException::new);
            reviews.request(application.getId(), reviewable.contestable(application)
                    .orElseThrow(() -> new IllegalStateException("Nothing to review")), statement);
        });
    }

    /**
     * Asks for a data request of an {@link DataRequestLinks#askable askable} kind with the {@link LinkPurpose#STATUS}
     * link: nothing is recorded yet; a confirmation mail with a fresh single-use link goes to the applicant's
     * e-mail address ({@link DataRequestConfirmationAsked}). Whoever holds the status link cannot ask on the
     * candidate's behalf without their mailbox.
     *
     * @return the application the link is for
     * @throws IllegalArgumentException when the kind cannot be asked for on the status page
     */
    public ApplicationReference askForDataRequest(String token, DataRequestType type) {
        if (type == null || !DataRequestLinks.askable(type)) {
            throw new IllegalArgumentException("Not a request the status page offers");
        }
        return transactions.execute(status -> {
            ApplicationReference reference = links.verify(token, LinkPurpose.STATUS);
            Application application = applications.findByReference(reference)
                    .orElseThrow(UnknownApplicationException::new);
            events.publishEvent(new DataRequestConfirmationAsked(application.getId(), type,
                    DataRequestLinks.confirmationRound(type, clock.instant())));
            return reference;
        });
    }

    /**
     * Records the data request a confirmation link is for ({@link LinkPurpose#CONFIRM_ACCESS_REQUEST} and its
     * siblings), which starts its handling; the outcome's choice is the request's type.
     */
    public ActionOutcome confirmDataRequest(String token) {
        LinkPurpose purpose = links.decodeValid(token).purpose();
        DataRequestType type = DataRequestLinks.confirmedBy(purpose)
                .orElseThrow(() -> new InvalidLinkException(Reason.WRONG_PURPOSE));
        return perform(token, purpose, type.name(),
                reference -> dataRequests.receive(reference, type, DataRequestChannel.CANDIDATE_LINK));
    }

    /**
     * The candidate's data export as JSON, with a {@link LinkPurpose#DOWNLOAD_DATA_EXPORT} link: built now, from the
     * data as it is, and handed out once; the link is recorded as used in the same transaction.
     */
    public byte[] downloadDataExport(String token) {
        try {
            return transactions.execute(status -> {
                CandidateLink link = links.check(token, LinkPurpose.DOWNLOAD_DATA_EXPORT);
                if (usedLinks.existsById(link.tokenId())) {
                    throw new InvalidLinkException(Reason.USED);
                }
                usedLinks.saveAndFlush(new UsedLink(link, "", clock.instant()));
                Application application = applications.findByReference(link.reference())
                        .orElseThrow(UnknownApplicationException::new);
                return export.json(new ExportSubject(application.getId(), application.getApplicantId(),
                        application.getReference().value()));
            });
        } catch (DataIntegrityViolationException usedMeanwhile) {
            throw new InvalidLinkException(Reason.USED);
        }
    }

    ActionOutcome perform(String token, LinkPurpose purpose, String choice,
            Consumer<ApplicationReference> action) {
        try {
            return transactions.execute(status -> {
                CandidateLink link = links.check(token, purpose);
                Optional<UsedLink> earlier = usedLinks.findById(link.tokenId());
                if (earlier.isPresent()) {
                    return repeated(earlier.get(), link, choice);
                }
                usedLinks.saveAndFlush(new UsedLink(link, choice, clock.instant()));
                action.accept(link.reference());
                return new ActionOutcome(link.reference(), purpose, choice, false);
            });
        } catch (DataIntegrityViolationException usedMeanwhile) {
            // The same link was submitted at the same moment and that submission won (a double click).
            return transactions.execute(status -> {
                CandidateLink link = links.check(token, purpose);
                UsedLink earlier = usedLinks.findById(link.tokenId()).orElseThrow(() -> usedMeanwhile);
                return repeated(earlier, link, choice);
            });
        }
    }

    private ActionOutcome repeated(UsedLink earlier, CandidateLink link, String choice) {
        if (earlier.choice().equals(choice) && clock.instant().isBefore(earlier.usedAt().plus(REPEAT_WINDOW))) {
            return new ActionOutcome(link.reference(), link.purpose(), choice, true);
        }
        throw new InvalidLinkException(Reason.USED);
    }
}

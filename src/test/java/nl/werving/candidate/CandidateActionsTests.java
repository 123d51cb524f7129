package nl.werving.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.candidate.InvalidLinkException.Reason;
import nl.werving.interview.InterviewPlanning;
import nl.werving.offer.Offers;
import org.junit.jupiter.api.Test;
import nl.werving.consent.Consents;
import nl.werving.dataexport.PersonalDataExport;
import nl.werving.datarequest.DataRequestChannel;
import nl.werving.datarequest.DataRequestType;
import nl.werving.datarequest.DataRequests;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.PlatformTransactionManager;

class CandidateActionsTests {

    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final ApplicationReference A = new ApplicationReference("AAAAAAAAAAAAAAAAAAAAAAAA");
    private static final String SECRET = "a-test-secret-of-at-least-thirty-two-characters";

    private final UsedLinkRepository usedLinks = mock(UsedLinkRepository.class);
    private final InterviewPlanning interviews = mock(InterviewPlanning.class);
    private final Offers offers = mock(Offers.class);
    private final Applications applications = mock(Applications.class);
    private final Consents consents = mock(Consents.class);
    private final DataRequests dataRequests = mock(DataRequests.class);
    private final ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
    private final CandidateLinks links = new CandidateLinks(SECRET, false, Clock.fixed(NOW, ZoneOffset.UTC), usedLinks);

    private CandidateActions actionsAt(Instant now) {
        return new CandidateActions(links, usedLinks, interviews, offers, applications, consents, dataRequests,
                mock(PersonalDataExport.class), mock(ReviewableDecisions.class),
                mock(nl.werving.decision.DecisionReviews.class), events, mock(PlatformTransactionManager.class),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void anActionIsRecordedAsUsedAndPerformedOnce() {
        String token = links.create(A, LinkPurpose.CHOOSE_SLOT, Duration.ofDays(1));

        ActionOutcome outcome = actionsAt(NOW).chooseSlot(token, 2);

        assertThat(outcome).isEqualTo(new ActionOutcome(A, LinkPurpose.CHOOSE_SLOT, "2", false));
        verify(usedLinks).saveAndFlush(any(UsedLink.class));
        verify(interviews).chooseSlot(A, 2);
    }

    @Test
    void theSameSubmissionSoonAfterReportsTheFirstOutcomeAndChangesNothing() {
        String token = links.create(A, LinkPurpose.ANSWER_OFFER, Duration.ofDays(1));
        CandidateLink link = links.open(token);
        when(usedLinks.findById(link.tokenId())).thenReturn(Optional.of(new UsedLink(link, "accept", NOW)));

        ActionOutcome repeated = actionsAt(NOW.plus(Duration.ofMinutes(9))).answerOffer(token, true);

        assertThat(repeated.repeated()).isTrue();
        verify(offers, never()).accept(any());
        verify(usedLinks, never()).saveAndFlush(any());
    }

    @Test
    void anotherChoiceOrALateRepeatWithAUsedLinkIsRefused() {
        String token = links.create(A, LinkPurpose.ANSWER_OFFER, Duration.ofDays(1));
        CandidateLink link = links.open(token);
        when(usedLinks.findById(link.tokenId())).thenReturn(Optional.of(new UsedLink(link, "accept", NOW)));

        assertThatThrownBy(() -> actionsAt(NOW).answerOffer(token, false))
                .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        assertThatThrownBy(() -> actionsAt(NOW.plus(CandidateActions.REPEAT_WINDOW)).answerOffer(token, true))
                .isInstanceOfSatisfying(InvalidLinkException.class, e -> assertThat(e.reason()).isEqualTo(Reason.USED));
        verify(offers, never()).accept(any());
        verify(offers, never()).decline(any());
    }

    @Test
    void aSubmissionThatLosesTheRaceToTheSameLinkReportsTheWinnersOutcome() {
        String token = links.create(A, LinkPurpose.WITHDRAW, Duration.ofDays(1));
        CandidateLink link = links.open(token);
        when(usedLinks.findById(anyString())).thenReturn(Optional.empty(),
                Optional.of(new UsedLink(link, "", NOW)));
        when(usedLinks.saveAndFlush(any())).thenThrow(new DataIntegrityViolationException("duplicate key"));

        ActionOutcome outcome = actionsAt(NOW).withdraw(token);

        assertThat(outcome.repeated()).isTrue();
        verify(applications, never()).withdraw(any());
    }

    @Test
    void aLinkForAnotherPurposeDoesNothing() {
        String token = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertThatThrownBy(() -> actionsAt(NOW).withdraw(token))
                .isInstanceOfSatisfying(InvalidLinkException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.WRONG_PURPOSE));
        verify(usedLinks, never()).saveAndFlush(any());
        verify(applications, never()).withdraw(any());
    }

    @Test
    void aRefusedActionPropagatesSoItsTransactionRollsBack() {
        String token = links.create(A, LinkPurpose.OBJECT, Duration.ofDays(1));
        doThrow(new IllegalStateException("not waiting")).when(applications).objectToAutomatedProcessing(A);

        assertThatThrownBy(() -> actionsAt(NOW).objectToAutomatedProcessing(token))
                .isInstanceOf(IllegalStateException.class);
        verify(applications, times(1)).objectToAutomatedProcessing(A);
    }

    @Test
    void askingForADataRequestOnTheStatusPageOnlyQueuesAConfirmationMail() {
        String status = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));
        nl.werving.application.Application application = mock(nl.werving.application.Application.class);
        java.util.UUID applicationId = java.util.UUID.randomUUID();
        org.mockito.Mockito.when(application.getId()).thenReturn(applicationId);
        org.mockito.Mockito.when(applications.findByReference(A)).thenReturn(java.util.Optional.of(application));

        assertThat(actionsAt(NOW).askForDataRequest(status, DataRequestType.ERASURE)).isEqualTo(A);

        verify(events).publishEvent(new DataRequestConfirmationAsked(applicationId, DataRequestType.ERASURE,
                DataRequestLinks.confirmationRound(DataRequestType.ERASURE, NOW)));
        org.mockito.Mockito.verifyNoInteractions(dataRequests);
        assertThat(DataRequestLinks.confirmationType(DataRequestLinks.confirmationRound(DataRequestType.ERASURE, NOW)))
                .contains(DataRequestType.ERASURE);
    }

    @Test
    void anObjectionIsAskedOnItsOwnLinkNotOnTheStatusPage() {
        String status = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertThatThrownBy(() -> actionsAt(NOW).askForDataRequest(status, DataRequestType.OBJECTION))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theConfirmationLinkRecordsTheRequestOfItsKindOnce() {
        String confirm = links.create(A, LinkPurpose.CONFIRM_RECTIFICATION_REQUEST, Duration.ofDays(1));

        ActionOutcome outcome = actionsAt(NOW).confirmDataRequest(confirm);

        assertThat(outcome).isEqualTo(new ActionOutcome(A, LinkPurpose.CONFIRM_RECTIFICATION_REQUEST,
                "RECTIFICATION", false));
        verify(dataRequests).receive(A, DataRequestType.RECTIFICATION, DataRequestChannel.CANDIDATE_LINK);
    }

    @Test
    void aLinkOfAnotherPurposeConfirmsNoDataRequest() {
        String status = links.create(A, LinkPurpose.STATUS, Duration.ofDays(1));

        assertThatThrownBy(() -> actionsAt(NOW).confirmDataRequest(status)).isInstanceOf(InvalidLinkException.class);
        org.mockito.Mockito.verifyNoInteractions(dataRequests);
    }
}

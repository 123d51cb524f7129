package nl.werving.process;

import static org.mockito.Mockito.mock;

import nl.werving.application.Applications;
import nl.werving.assessment.AssessmentInvitations;
import nl.werving.assessment.AssessmentResults;
import nl.werving.automation.AutomationSwitches;
import nl.werving.consent.Consents;
import nl.werving.decision.HumanDecisions;
import nl.werving.erasure.Erasure;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.Scorecards;
import nl.werving.notification.Outbox;
import nl.werving.offer.Offers;
import nl.werving.screening.ApplicationScreening;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResults;

/** Mocks of every module service the delegates and listeners of the shipped processes call. */
public record ProcessServices(Outbox outbox, ApplicationScreening screening, AssessmentInvitations assessments,
        HumanDecisions decisions, AutomationSwitches automation, InterviewPlanning interviews, Scorecards scorecards,
        Offers offers, Applications applications, ScreeningResults screeningResults,
        ScreeningExplanations screeningExplanations, Consents consents, Erasure erasure,
        AssessmentResults assessmentResults) {

    public static ProcessServices mocked() {
        return new ProcessServices(mock(Outbox.class), mock(ApplicationScreening.class),
                mock(AssessmentInvitations.class), mock(HumanDecisions.class), mock(AutomationSwitches.class),
                mock(InterviewPlanning.class), mock(Scorecards.class), mock(Offers.class), mock(Applications.class),
                mock(ScreeningResults.class), mock(ScreeningExplanations.class), mock(Consents.class),
                mock(Erasure.class), mock(AssessmentResults.class));
    }

    /** The real automation policy, over the mocked switches. */
    public AutomationPolicy automationPolicy() {
        return new AutomationPolicy(automation);
    }
}

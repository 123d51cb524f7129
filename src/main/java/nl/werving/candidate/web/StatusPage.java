package nl.werving.candidate.web;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationReference;
import nl.werving.candidate.ApplicationProgress;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.CandidateStage;
import nl.werving.candidate.LinkPurpose;
import nl.werving.candidate.ReviewableDecisions;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.decision.DecisionReview;
import nl.werving.decision.DecisionReviews;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.InterviewSlot;
import nl.werving.screening.ScreeningExplanations;
import nl.werving.screening.ScreeningResults;
import nl.werving.web.PageTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the status page shows: the stage in plain words with what happens next, the step indicator, the screening
 * explanation once there is a screening result, the state of a requested review, and the actions that apply now.
 * Each action is a fresh single-use link of its own purpose, so that it is performed in one place (the page behind
 * that link, through {@code CandidateActions}) however the candidate reaches it.
 */
@Component
class StatusPage {

    /** How long the action links minted for the status page work. */
    static final Duration ACTION_LINK_VALIDITY = Duration.ofDays(7);

    private final CandidateLinks links;
    private final ApplicationProgress progress;
    private final InterviewPlanning interviews;
    private final Consents consents;
    private final ScreeningResults screenings;
    private final ScreeningExplanations explanations;
    private final ReviewableDecisions reviewable;
    private final DecisionReviews reviews;
    private final ZoneId zone;

    StatusPage(CandidateLinks links, ApplicationProgress progress, InterviewPlanning interviews, Consents consents,
            ScreeningResults screenings, ScreeningExplanations explanations, ReviewableDecisions reviewable,
            DecisionReviews reviews, @Value("${werving.time-zone:Europe/Amsterdam}") ZoneId zone) {
        this.links = links;
        this.progress = progress;
        this.interviews = interviews;
        this.consents = consents;
        this.screenings = screenings;
        this.explanations = explanations;
        this.reviewable = reviewable;
        this.reviews = reviews;
        this.zone = zone;
    }

    /** Fills the model for the status view and returns the stage's sentence (the page's intro). */
    String fill(Application application, Language language, PageTexts t, Model model) {
        ApplicationReference reference = application.getReference();
        CandidateStage stage = stage(application);
        model.addAttribute("stage", stage.key());
        model.addAttribute("steps", steps(stage, t));
        model.addAttribute("next", t.get("stage." + stage.key() + ".next"));
        model.addAttribute("explanation", screenings.latest(application.getId())
                .map(result -> explanations.explain(result, language)).orElse(null));
        reviews.latest(application.getId()).ifPresent(review -> model.addAttribute("review", review(review, t)));

        List<StatusAction> actions = new ArrayList<>();
        if (!interviews.openSlots(reference).isEmpty() && stage == CandidateStage.CHOOSING_SLOT) {
            actions.add(action(reference, LinkPurpose.CHOOSE_SLOT, "choose-slot", language, t));
        }
        if (stage == CandidateStage.INTERVIEW_PLANNED && interviews.chosenSlot(reference).isPresent()) {
            actions.add(action(reference, LinkPurpose.RESCHEDULE_INTERVIEW, "reschedule", language, t));
        }
        if (stage == CandidateStage.OFFER) {
            actions.add(action(reference, LinkPurpose.ANSWER_OFFER, "answer-offer", language, t));
        }
        if (stage.compareTo(CandidateStage.SCREENING_REVIEW) <= 0 && !application.hasObjectedToAutomatedProcessing()) {
            actions.add(action(reference, LinkPurpose.OBJECT, "object", language, t));
        }
        if (reviewable.contestable(application).isPresent()) {
            actions.add(action(reference, LinkPurpose.REQUEST_REVIEW, "request-review", language, t));
        }
        if (!application.hasEnded()) {
            actions.add(action(reference, LinkPurpose.WITHDRAW, "withdraw", language, t));
        }
        model.addAttribute("actions", actions);
        if (consents.inForce(application.getId(), ConsentPurpose.TALENT_POOL).isPresent()) {
            model.addAttribute("withdrawConsentLink", href(reference, LinkPurpose.WITHDRAW_TALENT_POOL_CONSENT,
                    language));
        }
        if (stage == CandidateStage.INTERVIEW_PLANNED) {
            return interviews.chosenSlot(reference).map(slot -> t.get("stage.interview-planned.at", label(slot, t)))
                    .orElseGet(() -> t.get("stage.interview-planned.title"));
        }
        return t.get("stage." + stage.key() + ".title");
    }

    /** An interview slot in words, in the page's language and Werving's time zone. */
    String label(InterviewSlot slot, PageTexts t) {
        DateTimeFormatter day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", t.locale());
        DateTimeFormatter time = DateTimeFormatter.ofPattern("HH:mm", t.locale());
        return day.format(slot.startsAt().atZone(zone)) + "–" + time.format(slot.endsAt().atZone(zone));
    }

    private CandidateStage stage(Application application) {
        return CandidateStage.ended(application.getStatus())
                .or(() -> progress.runningStage(application.getReference()))
                .orElse(CandidateStage.RECEIVED);
    }

    private static List<StatusStep> steps(CandidateStage stage, PageTexts t) {
        if (stage.step() < 0) {
            return List.of();
        }
        List<StatusStep> steps = new ArrayList<>();
        for (int i = 0; i < CandidateStage.STEPS.length; i++) {
            String state = i < stage.step() ? "done" : i == stage.step() ? "current" : "todo";
            steps.add(new StatusStep(t.get("step." + CandidateStage.STEPS[i]), state, t.get("step.state." + state)));
        }
        return steps;
    }

    private String review(DecisionReview review, PageTexts t) {
        String due = DateTimeFormatter.ofPattern("d MMMM yyyy", t.locale()).format(review.dueAt().atZone(zone));
        return review.outcome().map(outcome -> t.get("review.outcome." + outcome.name().toLowerCase(
                java.util.Locale.ROOT))).orElseGet(() -> t.get("review.pending", due));
    }

    private StatusAction action(ApplicationReference reference, LinkPurpose purpose, String key, Language language,
            PageTexts t) {
        return new StatusAction(href(reference, purpose, language), t.get("action." + key),
                t.get("action." + key + ".hint"));
    }

    private String href(ApplicationReference reference, LinkPurpose purpose, Language language) {
        return "/c/" + links.create(reference, purpose, ACTION_LINK_VALIDITY) + "?lang=" + language.code();
    }
}

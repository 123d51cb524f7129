package nl.werving.candidate.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import nl.werving.applicant.Applicant;
import nl.werving.applicant.Applicants;
import nl.werving.applicant.Language;
import nl.werving.application.Application;
import nl.werving.application.ApplicationAlreadyEndedException;
import nl.werving.application.ApplicationReference;
import nl.werving.application.Applications;
import nl.werving.application.UnknownApplicationException;
import nl.werving.candidate.ActionOutcome;
import nl.werving.candidate.CandidateActions;
import nl.werving.candidate.CandidateLink;
import nl.werving.candidate.CandidateLinks;
import nl.werving.candidate.CandidateLinksUnavailableException;
import nl.werving.candidate.DataRequestLinks;
import nl.werving.candidate.InvalidLinkException;
import nl.werving.candidate.LinkPurpose;
import nl.werving.candidate.ReviewableDecisions;
import nl.werving.consent.ConsentPurpose;
import nl.werving.consent.Consents;
import nl.werving.datarequest.DataRequestType;
import nl.werving.decision.DecisionReviewRefusedException;
import nl.werving.decision.DecisionReviews;
import nl.werving.interview.InterviewPlanning;
import nl.werving.interview.InterviewPlanningException;
import nl.werving.interview.InterviewSlot;
import nl.werving.offer.OfferStateException;
import nl.werving.offer.OfferSummary;
import nl.werving.offer.Offers;
import nl.werving.web.PageTexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.ExtendedModelMap;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * The pages behind candidate links: {@code GET /c/{token}} shows what the link is for, {@code POST /c/{token}}
 * performs it ({@code action=download} returns the data export as a JSON attachment). Dutch or English by the
 * applicant's preferred language, {@code ?lang=} overriding it. Every failure is a page with a 4xx status (503
 * while links are switched off); tokens and personal data never reach the log.
 */
@Controller
@RequestMapping("/c/{token}")
class CandidateLinkController {

    private static final Logger log = LoggerFactory.getLogger(CandidateLinkController.class);
    private static final String VIEW = "candidate/link";

    private final CandidateLinks links;
    private final CandidateActions actions;
    private final Applications applications;
    private final Applicants applicants;
    private final InterviewPlanning interviews;
    private final Offers offers;
    private final Consents consents;
    private final StatusPage statusPage;
    private final ReviewableDecisions reviewable;
    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();

    CandidateLinkController(CandidateLinks links, CandidateActions actions, Applications applications,
            Applicants applicants, InterviewPlanning interviews, Offers offers, Consents consents,
            StatusPage statusPage, ReviewableDecisions reviewable) {
        this.links = links;
        this.actions = actions;
        this.applications = applications;
        this.applicants = applicants;
        this.interviews = interviews;
        this.offers = offers;
        this.consents = consents;
        this.statusPage = statusPage;
        this.reviewable = reviewable;
        messages.setBasename("candidate/messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @GetMapping
    String show(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        Language language = requested(lang).orElseGet(() -> fromBrowser(request));
        try {
            CandidateLink link = links.open(token);
            Application application = applications.findByReference(link.reference())
                    .orElseThrow(UnknownApplicationException::new);
            language = requested(lang).orElseGet(() -> preferred(application));
            PageTexts t = texts(language, model);
            LinkPurpose purpose = link.purpose();
            if (purpose == LinkPurpose.DIVERSITY_SURVEY) {
                // The survey has a page of its own in the portal.
                return "redirect:/survey/" + token + "?lang=" + language.code();
            }
            if (purpose == LinkPurpose.STATUS) {
                return page(model, t, "status", t.get("status.title"), statusPage.fill(application, language, t, model));
            }
            if (purpose == LinkPurpose.REQUEST_REVIEW) {
                // Also after a rejection ended the procedure.
                if (reviewable.contestable(application).isEmpty()) {
                    return problem(PageProblem.NOT_WAITING, t, response, model);
                }
                return reviewForm(model, t, application);
            }
            // Data-subject requests stay possible after the procedure ended.
            Optional<DataRequestType> confirmed = DataRequestLinks.confirmedBy(purpose);
            if (confirmed.isPresent()) {
                String kind = kind(confirmed.get());
                return page(model, t, "confirm-data-request", t.get("data-request." + kind + ".title"),
                        t.get("data-request." + kind + ".confirm"));
            }
            if (purpose == LinkPurpose.DOWNLOAD_DATA_EXPORT) {
                return page(model, t, "download", t.get("download.title"), t.get("download.intro"));
            }
            if (purpose == LinkPurpose.WITHDRAW_TALENT_POOL_CONSENT) {
                if (consents.inForce(application.getId(), ConsentPurpose.TALENT_POOL).isEmpty()) {
                    return problem(PageProblem.NOT_WAITING, t, response, model);
                }
                return page(model, t, "withdraw-consent", t.get("withdraw-consent.title"),
                        t.get("withdraw-consent.intro"));
            }
            if (purpose == LinkPurpose.TALENT_POOL_CONSENT) {
                // Asked in the rejection, so after the procedure ended.
                return page(model, t, "talent-pool", t.get("talent-pool.title"), t.get("talent-pool.intro"));
            }
            if (application.hasEnded()) {
                return problem(PageProblem.ENDED, t, response, model);
            }
            switch (purpose) {
                case CHOOSE_SLOT -> {
                    List<SlotOption> slots = interviews.openSlots(link.reference()).stream()
                            .map(slot -> new SlotOption(slot.number(), label(slot, t))).toList();
                    if (slots.isEmpty()) {
                        return problem(PageProblem.NOT_WAITING, t, response, model);
                    }
                    model.addAttribute("slots", slots);
                    return page(model, t, "choose-slot", t.get("slot.title"), t.get("slot.intro"));
                }
                case ANSWER_OFFER -> {
                    Optional<OfferSummary> offer = offers.current(application.getId());
                    if (offer.isEmpty()) {
                        return problem(PageProblem.NOT_WAITING, t, response, model);
                    }
                    model.addAttribute("salary", salary(offer.get(), t));
                    model.addAttribute("startDate", offer.get().startDate() == null ? null
                            : DateTimeFormatter.ofPattern("d MMMM yyyy", t.locale()).format(offer.get().startDate()));
                    model.addAttribute("terms", offer.get().terms());
                    return page(model, t, "offer", t.get("offer.title"), t.get("offer.intro"));
                }
                case RESCHEDULE_INTERVIEW -> {
                    Optional<InterviewSlot> scheduled = interviews.chosenSlot(link.reference());
                    if (scheduled.isEmpty()) {
                        return problem(PageProblem.NOT_WAITING, t, response, model);
                    }
                    return page(model, t, "reschedule", t.get("reschedule.title"),
                            t.get("reschedule.intro", label(scheduled.get(), t)));
                }
                case WITHDRAW -> {
                    return page(model, t, "withdraw", t.get("withdraw.title"), t.get("withdraw.intro"));
                }
                default -> {
                    return page(model, t, "object", t.get("object.title"), t.get("object.intro"));
                }
            }
        } catch (RuntimeException failure) {
            return failed(failure, texts(language, model), response, model);
        }
    }

    @PostMapping
    String act(@PathVariable String token, @RequestParam(name = "action", required = false) String action,
            @RequestParam(name = "slot", required = false) String slot,
            @RequestParam(name = "type", required = false) String type,
            @RequestParam(name = "statement", required = false) String statement,
            @RequestParam(name = "lang", required = false) String lang, HttpServletRequest request,
            HttpServletResponse response, Model model) {
        model.addAttribute("token", token);
        Language language = requested(lang).orElseGet(() -> fromBrowser(request));
        try {
            if ("data-request".equals(action)) {
                return askForDataRequest(token, type, lang, language, response, model);
            }
            if ("request-review".equals(action)) {
                return requestReview(token, statement, language, response, model);
            }
            Supplier<ActionOutcome> perform = switch (action == null ? "" : action) {
                case "choose-slot" -> {
                    int number = slotNumber(slot);
                    if (number < 1) {
                        yield null;
                    }
                    yield () -> actions.chooseSlot(token, number);
                }
                case "accept" -> () -> actions.answerOffer(token, true);
                case "decline" -> () -> actions.answerOffer(token, false);
                case "withdraw" -> () -> actions.withdraw(token);
                case "reschedule" -> () -> actions.requestReschedule(token);
                case "object" -> () -> actions.objectToAutomatedProcessing(token);
                case "talent-pool" -> () -> actions.giveTalentPoolConsent(token);
                case "withdraw-consent" -> () -> actions.withdrawTalentPoolConsent(token);
                case "confirm-data-request" -> () -> actions.confirmDataRequest(token);
                default -> null;
            };
            if (perform == null) {
                return problem(PageProblem.INVALID_CHOICE, texts(language, model), response, model);
            }
            ActionOutcome outcome = perform.get();
            Optional<Application> application = applications.findByReference(outcome.reference());
            language = requested(lang).orElseGet(() -> application.map(this::preferred).orElse(Language.NL));
            PageTexts t = texts(language, model);
            return page(model, t, "done", t.get("done.title"), done(outcome, t));
        } catch (RuntimeException failure) {
            return failed(failure, texts(language, model), response, model);
        }
    }

    /**
     * Downloads the data export once: {@code application/json} as an attachment, built now and not kept. Reached by
     * the button on the download page (a POST, so that mail scanners that open links do not use it up).
     */
    @PostMapping(params = "action=download")
    ResponseEntity<byte[]> download(@PathVariable String token, @RequestParam(name = "lang", required = false) String lang,
            HttpServletRequest request) {
        try {
            byte[] export = actions.downloadDataExport(token);
            return ResponseEntity.ok()
                    .contentType(MediaType.APPLICATION_JSON)
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            ContentDisposition.attachment().filename("werving-data-export.json").build().toString())
                    .cacheControl(CacheControl.noStore())
                    .body(export);
        } catch (RuntimeException failure) {
            throw new DownloadFailed(failure, token, requested(lang).orElseGet(() -> fromBrowser(request)));
        }
    }

    @ExceptionHandler
    ModelAndView downloadFailed(DownloadFailed failed, HttpServletResponse response) {
        ExtendedModelMap model = new ExtendedModelMap();
        model.addAttribute("token", failed.token);
        String view = failed(failed.failure, texts(failed.language, model), response, model);
        ModelAndView page = new ModelAndView(view, model);
        page.setStatus(HttpStatus.valueOf(response.getStatus()));
        return page;
    }

    /** A download that failed, to be shown as the candidate page that says why. */
    static final class DownloadFailed extends RuntimeException {

        private final transient RuntimeException failure;
        private final transient String token;
        private final transient Language language;

        DownloadFailed(RuntimeException failure, String token, Language language) {
            super(null, null, false, false);
            this.failure = failure;
            this.token = token;
            this.language = language;
        }
    }

    private String askForDataRequest(String token, String type, String lang, Language fallback,
            HttpServletResponse response, Model model) {
        Optional<DataRequestType> kind = List.of(DataRequestType.values()).stream()
                .filter(candidate -> candidate.name().equalsIgnoreCase(type == null ? "" : type))
                .filter(DataRequestLinks::askable).findFirst();
        if (kind.isEmpty()) {
            return problem(PageProblem.INVALID_CHOICE, texts(fallback, model), response, model);
        }
        ApplicationReference reference = actions.askForDataRequest(token, kind.get());
        Language language = requested(lang).orElseGet(() -> applications.findByReference(reference)
                .map(this::preferred).orElse(fallback));
        PageTexts t = texts(language, model);
        return page(model, t, "done", t.get("data-request.check-mail.title"),
                t.get("data-request.check-mail." + kind(kind.get())));
    }

    private String reviewForm(Model model, PageTexts t, Application application) {
        model.addAttribute("reviewSubject", reviewable.contestable(application).map(subject -> t.get(
                "request-review.subject." + subject.name().toLowerCase(Locale.ROOT))).orElse(""));
        model.addAttribute("maxStatement", DecisionReviews.MAX_STATEMENT_LENGTH);
        return page(model, t, "request-review", t.get("request-review.title"), t.get("request-review.intro"));
    }

    /**
     * Records the review request; a statement that is empty or too long shows the form again with the text kept and
     * the error beside the field (422).
     */
    private String requestReview(String token, String statement, Language language, HttpServletResponse response,
            Model model) {
        try {
            ActionOutcome outcome = actions.requestReview(token, statement);
            PageTexts t = texts(language, model);
            return page(model, t, "done", t.get("done.title"), done(outcome, t));
        } catch (DecisionReviewRefusedException refused) {
            PageTexts t = texts(language, model);
            if (refused.reason() != DecisionReviewRefusedException.Reason.STATEMENT_MISSING
                    && refused.reason() != DecisionReviewRefusedException.Reason.STATEMENT_TOO_LONG) {
                return problem(PageProblem.NOT_WAITING, t, response, model);
            }
            Application application = applications.findByReference(links.verify(token, LinkPurpose.REQUEST_REVIEW))
                    .orElseThrow(UnknownApplicationException::new);
            response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
            model.addAttribute("statement", statement);
            model.addAttribute("statementError", t.get("request-review.error."
                    + refused.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    DecisionReviews.MAX_STATEMENT_LENGTH));
            return reviewForm(model, t, application);
        }
    }

    private static String kind(DataRequestType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private String done(ActionOutcome outcome, PageTexts t) {
        return switch (outcome.purpose()) {
            case CHOOSE_SLOT -> interviews.chosenSlot(outcome.reference())
                    .map(slot -> t.get("done.choose-slot", label(slot, t)))
                    .orElseGet(() -> t.get("done.choose-slot.unknown"));
            case ANSWER_OFFER -> t.get("done." + outcome.choice());
            case WITHDRAW -> t.get("done.withdraw");
            case TALENT_POOL_CONSENT -> t.get("done.talent-pool");
            case WITHDRAW_TALENT_POOL_CONSENT -> t.get("done.withdraw-consent");
            case RESCHEDULE_INTERVIEW -> t.get("done.reschedule");
            case REQUEST_REVIEW -> t.get("done.request-review");
            case CONFIRM_ACCESS_REQUEST, CONFIRM_RECTIFICATION_REQUEST, CONFIRM_ERASURE_REQUEST ->
                    t.get("data-request." + outcome.choice().toLowerCase(Locale.ROOT) + ".done");
            default -> t.get("done.object");
        };
    }

    private String failed(RuntimeException failure, PageTexts t, HttpServletResponse response, Model model) {
        PageProblem problem;
        if (failure instanceof InvalidLinkException invalid) {
            problem = PageProblem.valueOf(invalid.reason().name());
        } else if (failure instanceof CandidateLinksUnavailableException) {
            problem = PageProblem.UNAVAILABLE;
        } else if (failure instanceof UnknownApplicationException) {
            problem = PageProblem.UNKNOWN_APPLICATION;
        } else if (failure instanceof ApplicationAlreadyEndedException) {
            problem = PageProblem.ENDED;
        } else if (failure instanceof OfferStateException || failure instanceof InterviewPlanningException
                || failure instanceof IllegalStateException) {
            // The process no longer waits for this: the slot was taken or has begun, the offer was replaced, ...
            problem = PageProblem.NOT_WAITING;
        } else {
            // Most often the engine worked on the same application at the same moment; nothing was changed.
            log.warn("A candidate link action failed and was rolled back ({}, caused by {})",
                    failure.getClass().getName(), rootCause(failure).getClass().getName());
            problem = PageProblem.CONFLICT;
        }
        return problem(problem, t, response, model);
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }

    private String problem(PageProblem problem, PageTexts t, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        return page(model, t, "problem", t.get("problem." + problem.key() + ".title"),
                t.get("problem." + problem.key() + ".text"));
    }

    private static String page(Model model, PageTexts t, String view, String title, String intro) {
        model.addAttribute("view", view);
        model.addAttribute("title", title);
        model.addAttribute("intro", intro);
        return VIEW;
    }

    private PageTexts texts(Language language, Model model) {
        PageTexts t = new PageTexts(messages, Locale.forLanguageTag(language.code()));
        model.addAttribute("t", t);
        model.addAttribute("lang", language.code());
        return t;
    }

    private String label(InterviewSlot slot, PageTexts t) {
        return statusPage.label(slot, t);
    }

    private static String salary(OfferSummary offer, PageTexts t) {
        if (offer.salary() == null) {
            return null;
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(
                Locale.forLanguageTag(t.locale().getLanguage().equals("nl") ? "nl-NL" : "en-IE"));
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(offer.salary());
    }

    private static int slotNumber(String slot) {
        if (slot == null || !slot.matches("[1-9]")) {
            return 0;
        }
        return Integer.parseInt(slot);
    }

    private Language preferred(Application application) {
        return applicants.findById(application.getApplicantId()).map(Applicant::getPreferredLanguage)
                .orElse(Language.NL);
    }

    private static Optional<Language> requested(String lang) {
        if (lang == null) {
            return Optional.empty();
        }
        return List.of(Language.values()).stream().filter(language -> language.code().equalsIgnoreCase(lang))
                .findFirst();
    }

    private static Language fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en") ? Language.EN : Language.NL;
    }
}

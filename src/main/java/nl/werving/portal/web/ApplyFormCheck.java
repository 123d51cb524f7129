package nl.werving.portal.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.werving.cv.CvDocuments;
import nl.werving.cv.CvIntakeBusyException;
import nl.werving.cv.CvRejectedException;
import nl.werving.cv.InspectedCv;
import nl.werving.vacancy.InvalidKnockoutAnswersException;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.Vacancies;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Checks an apply form with the rules the application API applies: the details by the same constraints, the
 * knock-out answers by {@link Vacancies#checkKnockoutAnswers}, the CV by {@link CvDocuments#inspect}. Every problem
 * becomes a message key per form field ({@code error.<field>.<kind>}), so the form can show them all at once.
 */
@Component
class ApplyFormCheck {

    private final Validator validator;
    private final Vacancies vacancies;
    private final CvDocuments cvDocuments;

    ApplyFormCheck(Validator validator, Vacancies vacancies, CvDocuments cvDocuments) {
        this.validator = validator;
        this.vacancies = vacancies;
        this.cvDocuments = cvDocuments;
    }

    /** The outcome: the problems by field (in form order), the answers, and the CV when it was accepted. */
    record Result(Map<String, String> errors, Map<UUID, Boolean> answers, InspectedCv cv) {

        boolean valid() {
            return errors.isEmpty();
        }
    }

    Result check(UUID vacancyId, List<KnockoutQuestion> questions, ApplyForm form, MultipartFile cv) {
        Map<String, String> errors = new HashMap<>();
        for (ConstraintViolation<ApplyForm> violation : validator.validate(form)) {
            String field = violation.getPropertyPath().toString();
            errors.putIfAbsent(field, "error." + field + "." + kind(violation));
        }
        Map<UUID, Boolean> answers = answers(form, errors);
        try {
            vacancies.checkKnockoutAnswers(vacancyId, answers);
        } catch (InvalidKnockoutAnswersException invalid) {
            invalid.problems().forEach(problem -> {
                String questionId = problem.field().substring(problem.field().indexOf('.') + 1);
                boolean asked = questions.stream().anyMatch(question -> question.id().toString().equals(questionId));
                errors.putIfAbsent(asked ? ApplyForm.KNOCKOUT_PREFIX + questionId : "knockout",
                        asked ? "error.knockout.required" : "error.knockout.unknown");
            });
        }
        InspectedCv inspected = null;
        if (cv == null || (cv.isEmpty() && (cv.getOriginalFilename() == null || cv.getOriginalFilename().isBlank()))) {
            errors.put("cv", "error.cv.required");
        } else {
            try {
                inspected = cvDocuments.inspect(cv.getBytes(), cv.getOriginalFilename());
            } catch (CvRejectedException rejected) {
                errors.put("cv", "error.cv." + rejected.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            } catch (CvIntakeBusyException busy) {
                errors.put("cv", "error.cv.busy");
            } catch (IOException unreadable) {
                throw new UncheckedIOException(unreadable);
            }
        }
        return new Result(ordered(errors, questions), answers, inspected);
    }

    /** Yes and no become true and false; any other value counts as no answer, which the vacancy then refuses. */
    private static Map<UUID, Boolean> answers(ApplyForm form, Map<String, String> errors) {
        Map<UUID, Boolean> answers = new LinkedHashMap<>();
        form.knockout().forEach((questionId, answer) -> {
            Optional<UUID> id = PortalIds.uuid(questionId);
            if (id.isEmpty()) {
                errors.putIfAbsent("knockout", "error.knockout.unknown");
            } else if ("yes".equals(answer) || "no".equals(answer)) {
                answers.put(id.get(), "yes".equals(answer));
            }
        });
        return answers;
    }

    private static String kind(ConstraintViolation<ApplyForm> violation) {
        String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        return switch (constraint) {
            case "NotBlank", "NotNull" -> "required";
            case "Size" -> "too-long";
            default -> "invalid";
        };
    }

    /** The errors in the order the fields stand on the form, for the summary at its top. */
    static Map<String, String> ordered(Map<String, String> errors, List<KnockoutQuestion> questions) {
        Map<String, String> ordered = new LinkedHashMap<>();
        List<String> order = new java.util.ArrayList<>(List.of("fullName", "email", "phone", "language"));
        questions.forEach(question -> order.add(ApplyForm.KNOCKOUT_PREFIX + question.id()));
        order.add("knockout");
        order.add("cv");
        order.add("form");
        order.forEach(field -> {
            if (errors.containsKey(field)) {
                ordered.put(field, errors.get(field));
            }
        });
        errors.forEach(ordered::putIfAbsent);
        return ordered;
    }
}

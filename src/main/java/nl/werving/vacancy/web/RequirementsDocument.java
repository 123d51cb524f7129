package nl.werving.vacancy.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;
import nl.werving.vacancy.KnockoutQuestion;
import nl.werving.vacancy.KnockoutQuestionDraft;
import nl.werving.vacancy.Requirement;
import nl.werving.vacancy.RequirementDraft;
import nl.werving.vacancy.RequirementKind;
import nl.werving.vacancy.RequirementsDraft;
import nl.werving.vacancy.VacancyRequirements;

/**
 * The whole set of a vacancy's requirements and knock-out questions, as {@code GET} returns it and {@code PUT}
 * takes it: read it, change it, send it back.
 */
@Schema(name = "VacancyRequirements", description = "A vacancy's requirements and knock-out questions")
record RequirementsDocument(
        @Schema(description = "GET: the version shown. PUT: optional, the version the edit is based on; when another "
                + "change came first the edit is refused with 409")
        Integer version,
        @Schema(description = "At most 50; an empty list for none")
        List<Item> requirements,
        @Schema(description = "At most 20 yes/no questions asked at apply time; an empty list for none")
        List<Question> knockoutQuestions) {

    @Schema(name = "Requirement")
    record Item(
            @Schema(description = "Assigned by the server; send it back to keep the requirement, leave it out for a "
                    + "new one")
            UUID id,
            @Schema(description = "Required")
            RequirementKind kind,
            @Schema(description = "Required, at most 200 characters", example = "Spring Boot")
            String label,
            @Schema(description = "Other words for the same thing, Dutch and English variants included; at most 30 "
                    + "of at most 100 characters", example = "[\"Spring\", \"Spring Framework\"]")
            List<String> synonyms,
            @Schema(description = "0-50; years with the skill (SKILL) or overall (EXPERIENCE, required there); not "
                    + "for other kinds")
            Integer minimumYears,
            @Schema(description = "LANGUAGE (required): A1, A2, B1, B2, C1, C2 or native. EDUCATION (required): mbo, "
                    + "hbo, wo, bachelor, master or phd. Not for other kinds")
            String level,
            @Schema(description = "A missing must-have always sends the application to a person; false when left out")
            Boolean mustHave,
            @Schema(description = "Required, 1-10: the requirement's share of the screening score")
            Integer weight) {

        static Item of(Requirement requirement) {
            return new Item(requirement.id(), requirement.kind(), requirement.label(), requirement.synonyms(),
                    requirement.minimumYears(), requirement.level(), requirement.mustHave(), requirement.weight());
        }

        RequirementDraft toDraft() {
            return new RequirementDraft(id, kind, label, synonyms, minimumYears, level, mustHave, weight);
        }
    }

    @Schema(name = "KnockoutQuestion")
    record Question(
            @Schema(description = "Assigned by the server; send it back to keep the question, leave it out for a "
                    + "new one")
            UUID id,
            @Schema(description = "Required, at most 500 characters", example = "Do you have a work permit for the "
                    + "Netherlands?")
            String questionEn,
            @Schema(description = "Required, at most 500 characters", example = "Heb je een werkvergunning voor "
                    + "Nederland?")
            String questionNl,
            @Schema(description = "Required: the answer the vacancy needs. Another answer is a failed knock-out, which "
                    + "sends the application to a person; it never rejects by itself")
            Boolean requiredAnswer) {

        static Question of(KnockoutQuestion question) {
            return new Question(question.id(), question.questionEn(), question.questionNl(),
                    question.requiredAnswer());
        }

        KnockoutQuestionDraft toDraft() {
            return new KnockoutQuestionDraft(id, questionEn, questionNl, requiredAnswer);
        }
    }

    static RequirementsDocument of(VacancyRequirements requirements) {
        return new RequirementsDocument(requirements.version(),
                requirements.requirements().stream().map(Item::of).toList(),
                requirements.knockoutQuestions().stream().map(Question::of).toList());
    }

    RequirementsDraft toDraft() {
        return new RequirementsDraft(version,
                requirements == null ? null : requirements.stream().map(item -> item == null ? null : item.toDraft())
                        .toList(),
                knockoutQuestions == null ? null : knockoutQuestions.stream()
                        .map(question -> question == null ? null : question.toDraft()).toList());
    }
}

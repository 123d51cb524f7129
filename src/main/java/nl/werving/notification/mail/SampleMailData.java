package nl.werving.notification.mail;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.werving.applicant.Language;

/** Made-up data for previewing templates: no real person, links that lead nowhere. */
public final class SampleMailData {

    private SampleMailData() {
    }

    public static Map<String, Object> variables(Language language) {
        boolean dutch = language == Language.NL;
        Map<String, Object> variables = new HashMap<>();
        variables.put("name", "Sam de Vries");
        variables.put("staffName", "Ilse de Jong");
        variables.put("reference", "WRV-SAMPLE01");
        variables.put("vacancyTitle", dutch ? "Medewerker klantenservice" : "Customer service officer");
        variables.put("round", 1);
        String link = "https://werving.example/c/sample-token?lang=" + language.code();
        for (String name : List.of("statusLink", "objectLink", "withdrawLink", "chooseSlotLink", "answerOfferLink",
                "talentPoolLink", "rescheduleLink",
                "withdrawConsentLink", "confirmLink", "downloadLink")) {
            variables.put(name, link);
        }
        variables.put("assessmentLink", "https://assessments.werving.example/start?reference=WRV-SAMPLE01");
        variables.put("tasklistLink", "https://werving.example/camunda/app/tasklist/");
        variables.put("rejectionReason", dutch
                ? "Voor deze functie is ervaring met zakelijke klanten nodig; die zien we nog niet in je cv."
                : "This role needs experience with business customers, which we do not yet see in your CV.");
        List<String> slots = dutch
                ? List.of("maandag 2 maart 2026 10:00", "dinsdag 3 maart 2026 14:30")
                : List.of("Monday, March 2, 2026, 10:00 AM", "Tuesday, March 3, 2026, 2:30 PM");
        variables.put("slots", slots);
        variables.put("chosenSlot", slots.get(0));
        variables.put("interviewTime", slots.get(0));
        variables.put("cancelledInterview", slots.get(0));
        variables.put("requestType", "ACCESS");
        variables.put("reviewOverturned", false);
        variables.put("reviewOfRejection", true);
        variables.put("reviewReason", dutch
                ? "De functie vraagt vijf jaar ervaring met zakelijke klanten; je toelichting noemt twee jaar."
                : "The role asks for five years of experience with business customers; your statement mentions two.");
        variables.put("location", "https://meet.werving.example/sample-room");
        return variables;
    }
}
